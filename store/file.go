package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/kam-workbench/kam/model"
)

// inspect says what is at path before anything opens it, so that each
// kind of wrong path gets its own message: a named pipe would block the
// reader that opened it, and a dangling link would be followed to create a
// new file at its target. It reports whether a workspace file is there.
func inspect(path string) (bool, *OpenError) {
	fail := func(oe OpenError) (bool, *OpenError) {
		oe.Path = path
		return false, &oe
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, syscall.ELOOP):
		return fail(OpenError{Problem: LinkLoop, Err: err})
	case errors.Is(err, fs.ErrNotExist):
		if link, lerr := os.Lstat(path); lerr == nil && link.Mode()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(path)
			return fail(OpenError{Problem: DanglingLink, Target: target, Err: err})
		}
		return false, nil
	case err != nil:
		return fail(OpenError{Problem: permissionOr(err, NotKam), Err: err})
	case info.IsDir():
		return fail(OpenError{Problem: Directory})
	case !info.Mode().IsRegular():
		return fail(OpenError{Problem: NotAFile, Mode: info.Mode().Type()})
	case info.Size() == 0:
		return fail(OpenError{Problem: Empty})
	}
	return true, nil
}

// The layout of a bbolt meta page: a 16-byte page header, then the meta,
// whose checksum covers the bytes before it. bbolt writes them in the
// machine's own byte order.
const (
	metaAt        = 16
	metaMagic     = 0xED0CDAED
	metaVersion   = 2
	metaChecksum  = metaAt + 56
	metaEnd       = metaChecksum + 8
	minPageSize   = 1 << 10
	maxPageSize   = 1 << 24
	metaPageProbe = 0x1000 // how much of a page bbolt reads to find the page size
)

// boltMeta is what kam needs of a meta page: how big a page is, how many
// pages the file holds, and which meta is the newer.
type boltMeta struct {
	pageSize uint32
	pages    uint64 // the high-water mark: pages 0 to pages-1 are in use
	txid     uint64
}

// readMeta reads the meta page at offset; ok is false for anything but a
// whole, valid meta.
func readMeta(f io.ReaderAt, offset int64) (m boltMeta, magic, ok bool) {
	var buf [metaEnd]byte
	n, err := f.ReadAt(buf[:], offset)
	order := binary.NativeEndian
	magic = n >= metaAt+4 && order.Uint32(buf[metaAt:]) == metaMagic
	if err != nil {
		return m, magic, false
	}
	h := fnv.New64a()
	h.Write(buf[metaAt:metaChecksum])
	if !magic || order.Uint32(buf[metaAt+4:]) != metaVersion || order.Uint64(buf[metaChecksum:]) != h.Sum64() {
		return m, magic, false
	}
	m = boltMeta{pageSize: order.Uint32(buf[metaAt+8:]), pages: order.Uint64(buf[metaAt+40:]), txid: order.Uint64(buf[metaAt+48:])}
	size := m.pageSize
	return m, true, size >= minPageSize && size <= maxPageSize && size&(size-1) == 0
}

// checkLength checks that the file holds every page its meta counts.
// bbolt maps the file into memory and reads its pages without looking at
// its length: a page past the end of a file cut short is a memory fault
// (SIGBUS) that no recover catches. The meta is chosen as bbolt chooses it:
// the newer of the two valid ones; the second is found at the page size
// the first gives, or where bbolt would look for it when the first is bad.
func checkLength(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	size := info.Size()

	first, magic, ok0 := readMeta(f, 0)
	var second boltMeta
	ok1 := false
	if ok0 {
		second, _, ok1 = readMeta(f, int64(first.pageSize))
		ok1 = ok1 && second.pageSize == first.pageSize
	} else {
		for at := int64(minPageSize); at <= maxPageSize && at < size; at <<= 1 {
			m, hasMagic, ok := readMeta(f, at)
			magic = magic || hasMagic
			if ok && int64(m.pageSize) == at {
				second, ok1 = m, true
				break
			}
		}
	}
	var m boltMeta
	switch {
	case ok0 && ok1:
		m = first
		if second.txid > first.txid {
			m = second
		}
	case ok0:
		m = first
	case ok1:
		m = second
	case magic:
		return damaged(model.T("neither copy of its header can be read", "文件头的两份副本都无法读取"))
	default:
		return nil // not a bbolt file at all: bbolt says so
	}
	if need := m.pages * uint64(m.pageSize); m.pages > 0 && uint64(size) < need {
		return damaged(model.T(
			fmt.Sprintf("it is %d bytes long, but its header counts %d: it was cut short, as by a copy that did not finish or a full disk", size, need),
			fmt.Sprintf("文件长 %d 字节，但文件头记录为 %d 字节：文件被截断了，例如复制未完成或磁盘已满", size, need)))
	}
	return nil
}
