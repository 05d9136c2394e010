package serve

import (
	"io"
	"testing"
	"time"
)

// The keys typed around the terminal's answers reach the program whole,
// however the answers are cut between reads, and the answers tell the
// background.
func TestTheTerminalsAnswersAreTakenOutOfTheKeys(t *testing.T) {
	cases := []struct {
		name, input, keys string
		want              background
	}{
		{"dark, BEL", "ab\x1b]11;rgb:0000/0000/0000\x07\x1b[?62;22c\x1b[Bq", "ab\x1b[Bq", background{known: true, dark: true}},
		{"light, ST", "\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?1;2cx", "x", background{known: true, dark: false}},
		{"two digits", "\x1b]11;rgb:fa/fa/f0\x07\x1b[?6c", "", background{known: true, dark: false}},
		{"no colour answer", "\x1b[?1;0cj\x1b", "j\x1b", background{}},
		{"keys first", "\x1b\x1b[A\x1b]11;rgb:1e1e/1e1e/1e1e\x07\x1b[?62c", "\x1b\x1b[A", background{known: true, dark: true}},
		{"Chinese text", "你好\x1b]11;rgb:ffff/ffff/ffff\x07\x1b[?62c好", "你好好", background{known: true, dark: false}},
	}
	for _, c := range cases {
		for cut := 0; cut <= len(c.input); cut++ {
			pr, pw := io.Pipe()
			in := newTerminalInput(pr)
			got := make(chan string)
			go func() { b, _ := io.ReadAll(in); got <- string(b) }()
			pw.Write([]byte(c.input[:cut]))
			pw.Write([]byte(c.input[cut:]))
			bg := in.wait(time.Second)
			pw.Close()
			if keys := <-got; keys != c.keys {
				t.Errorf("%s, cut at %d: the program read %q, want %q", c.name, cut, keys, c.keys)
			}
			if bg != c.want {
				t.Errorf("%s, cut at %d: background %+v, want %+v", c.name, cut, bg, c.want)
			}
		}
	}
}

// A terminal that answers nothing leaves the background unknown, and
// keys pass through at once, a lone esc included.
func TestATerminalThatDoesNotAnswerLosesNoKeys(t *testing.T) {
	pr, pw := io.Pipe()
	in := newTerminalInput(pr)
	if bg := in.wait(50 * time.Millisecond); bg.known {
		t.Fatalf("a silent terminal told a background: %+v", bg)
	}
	buf := make([]byte, 16)
	for _, key := range []string{"\x1b", "a", "\x1b[?", "5", "\x1b]11;"} {
		go pw.Write([]byte(key))
		n, err := in.Read(buf)
		if err != nil || string(buf[:n]) != key {
			t.Errorf("typed %q, the program read %q (%v)", key, buf[:n], err)
		}
	}
	pw.Close()
}

func TestDarkColour(t *testing.T) {
	for s, want := range map[string]bool{"rgb:0000/0000/0000": true, "rgb:ffff/ffff/ffff": false, "rgb:2/2/2": true, "rgb:e/e/e": false} {
		if dark, ok := darkColour(s); !ok || dark != want {
			t.Errorf("%s: dark %v ok %v, want dark %v", s, dark, ok, want)
		}
	}
	for _, s := range []string{"", "rgb:", "rgb:1/2", "rgb:xx/00/00", "rgb:12345/0/0", "#ffffff"} {
		if _, ok := darkColour(s); ok {
			t.Errorf("%q read as a colour", s)
		}
	}
}
