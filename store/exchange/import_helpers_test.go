package exchange

import (
	"os"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// encodeGB18030 is text as Excel saves it on a Chinese Windows.
func encodeGB18030(text string) ([]byte, error) {
	return simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
}

// utf16LE is text as Excel's "Unicode text" saves it: UTF-16, little end
// first, after a byte order mark.
func utf16LE(text string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(text)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}
