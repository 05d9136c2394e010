package exchange

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encodings a CSV file is told apart in, without asking.
const (
	EncodingUTF8    = "UTF-8"
	EncodingUTF8BOM = "UTF-8 with BOM"
	EncodingUTF16   = "UTF-16"
	EncodingGB18030 = "GB18030"
)

// decodeText turns a text file's bytes into UTF-8: UTF-8 with or without
// a byte order mark, UTF-16 with one (Excel's "Unicode text"), and
// otherwise GB18030, a superset of the GBK that Excel writes on a Chinese
// Windows. Bytes that are valid UTF-8 are read as UTF-8: GBK text is
// almost never valid UTF-8, the other way round it often is.
func decodeText(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return string(data[3:]), EncodingUTF8BOM, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, _, err := transform.Bytes(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder(), data)
		return string(out), EncodingUTF16, err
	case utf8.Valid(data):
		return string(data), EncodingUTF8, nil
	}
	out, _, err := transform.Bytes(simplifiedchinese.GB18030.NewDecoder(), data)
	if err != nil {
		return "", EncodingGB18030, err
	}
	return string(out), EncodingGB18030, nil
}

// delimiter guesses a CSV file's separator from its first line: a comma,
// or the semicolon Excel writes where the comma is the decimal mark, or a
// tab.
func delimiter(text string) rune {
	line, _, _ := strings.Cut(text, "\n")
	best, n := ',', strings.Count(line, ",")
	for _, d := range []rune{';', '\t'} {
		if c := strings.Count(line, string(d)); c > n {
			best, n = d, c
		}
	}
	return best
}

// ReadCSV reads a CSV file's bytes into a sheet: the encoding and the
// separator told from the bytes, the kind from the header row unless want
// names it. file is the file's name, for messages.
func ReadCSV(data []byte, file string, want Kind) (Sheet, error) {
	text, enc, err := decodeText(data)
	if err != nil {
		return Sheet{File: file}, problem("%s cannot be read as text (%s): %v", "%s 无法作为文本读取（%s）：%v", file, enc, err)
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delimiter(text)
	r.FieldsPerRecord = -1
	var records [][]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return Sheet{File: file}, problem("%s, line %d: %v", "%s 第 %d 行：%v", file, pe.StartLine, pe.Err)
			}
			return Sheet{File: file}, problem("%s: %v", "%s：%v", file, err)
		}
		records = append(records, rec)
	}
	s, err := newSheet(file, "", records, 1, want)
	s.Encoding = enc
	return s, err
}
