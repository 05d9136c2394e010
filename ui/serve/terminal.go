package serve

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/ssh"
	"github.com/muesli/termenv"
)

// askBackground is what a session asks its terminal before the program
// starts: its background colour (OSC 11), then its attributes (DA1),
// which every terminal answers, so the answer to the first is known to
// be missing once the second arrives.
const askBackground = "\x1b]11;?\x07\x1b[c"

// backgroundWait is how long a session waits for its terminal's answer;
// one on the room's network answers within milliseconds.
const backgroundWait = 400 * time.Millisecond

// terminalInput is a session's input with its terminal's answers taken
// out: the program reads keys, and the answers tell the background.
type terminalInput struct {
	*io.PipeReader
	answered chan background
	gaveUp   atomic.Bool // wait stopped waiting: keys go on as they come
}

// background is what the terminal said of its background colour.
type background struct {
	known, dark bool
}

// newTerminalInput reads from in, passing on all but the terminal's
// answers to askBackground.
func newTerminalInput(in io.Reader) *terminalInput {
	pr, pw := io.Pipe()
	t := &terminalInput{PipeReader: pr, answered: make(chan background, 1)}
	go t.copy(in, pw)
	return t
}

// copy moves input across. Until the answer to DA1 came (or wait gave
// up), a sequence cut between two reads waits for the rest; after it,
// every read goes on as it came (an answer arriving late whole in one read is still taken out),
// so a lone esc key is never held back.
func (t *terminalInput) copy(in io.Reader, out *io.PipeWriter) {
	var pending []byte
	var bg background
	asking := true
	buf := make([]byte, 4096)
	for {
		n, err := in.Read(buf)
		pending = append(pending, buf[:n]...)
		keys, rest, done := takeAnswers(pending, &bg, asking && err == nil && !t.gaveUp.Load())
		if done && asking {
			asking = false
			t.answered <- bg
		}
		if len(keys) > 0 {
			if _, werr := out.Write(keys); werr != nil {
				return
			}
		}
		pending = append(pending[:0], rest...)
		if err != nil {
			if asking {
				t.answered <- bg
			}
			out.CloseWithError(err)
			return
		}
	}
}

// wait is the terminal's answer, or an unknown background when none came
// in time.
func (t *terminalInput) wait(within time.Duration) background {
	select {
	case bg := <-t.answered:
		return bg
	case <-time.After(within):
		t.gaveUp.Store(true)
		return background{}
	}
}

// takeAnswers splits input into keys and the answers to askBackground,
// noting the background in bg. With hold, an unfinished sequence at the
// end is returned as rest, to be read again with what follows. done says
// the answer to DA1, the last, was met.
func takeAnswers(in []byte, bg *background, hold bool) (keys, rest []byte, done bool) {
	for len(in) > 0 {
		i := bytes.IndexByte(in, 0x1b)
		if i < 0 {
			return append(keys, in...), nil, done
		}
		keys = append(keys, in[:i]...)
		in = in[i:]
		size, complete := answerAt(in, bg, &done)
		switch {
		case size > 0:
			in = in[size:]
		case !complete && hold:
			return keys, in, done
		default:
			keys = append(keys, in[0])
			in = in[1:]
		}
	}
	return keys, nil, done
}

// answerAt reads an answer at the start of in (which starts with esc):
// its size when it is one, or complete false when in may be the start of
// one still arriving.
func answerAt(in []byte, bg *background, done *bool) (size int, complete bool) {
	switch {
	case bytes.HasPrefix(in, []byte("\x1b]11;")):
		body := in[len("\x1b]11;"):]
		end, termLen := bytes.IndexByte(body, 0x07), 1
		if st := bytes.Index(body, []byte("\x1b\\")); st >= 0 && (end < 0 || st < end) {
			end, termLen = st, 2
		}
		if end < 0 {
			return 0, len(body) > 64
		}
		if dark, ok := darkColour(string(body[:end])); ok {
			*bg = background{known: true, dark: dark}
		}
		return len("\x1b]11;") + end + termLen, true
	case bytes.HasPrefix(in, []byte("\x1b[?")):
		for j := len("\x1b[?"); j < len(in); j++ {
			switch c := in[j]; {
			case c == 'c':
				*done = true
				return j + 1, true
			case c != ';' && (c < '0' || c > '9'):
				return 0, true
			}
		}
		return 0, len(in) > 64
	}
	// Not an answer, unless in is cut short of where one would show.
	s := string(in)
	return 0, !strings.HasPrefix("\x1b]11;", s) && !strings.HasPrefix("\x1b[?", s)
}

// darkColour reads an X11 colour, rgb:RRRR/GGGG/BBBB with one to four hex
// digits each, and says whether it is dark.
func darkColour(s string) (dark, ok bool) {
	hex, found := strings.CutPrefix(s, "rgb:")
	parts := strings.Split(hex, "/")
	if !found || len(parts) != 3 {
		return false, false
	}
	var lum float64
	for i, p := range parts {
		v, err := strconv.ParseUint(p, 16, 16)
		if err != nil || len(p) == 0 || len(p) > 4 {
			return false, false
		}
		frac := float64(v) / float64(uint64(1)<<(4*len(p))-1)
		lum += []float64{0.2126, 0.7152, 0.0722}[i] * frac
	}
	return lum < 0.5, true
}

// sessionRenderer draws for the client's terminal: its colours as its
// TERM and environment tell (NO_COLOR included), its background as it
// answered, dark when it did not.
func sessionRenderer(sess ssh.Session, bg background) *lipgloss.Renderer {
	env := sshEnviron(sessionEnv(sess))
	r := lipgloss.NewRenderer(sess, termenv.WithEnvironment(env), termenv.WithUnsafe(), termenv.WithColorCache(true))
	if env.Getenv("NO_COLOR") != "" || env.Getenv("TERM") == "" || env.Getenv("TERM") == "dumb" {
		r.SetColorProfile(termenv.Ascii)
	}
	r.SetHasDarkBackground(!bg.known || bg.dark)
	return r
}

// sshEnviron is a client's environment as termenv reads it.
type sshEnviron []string

func (e sshEnviron) Environ() []string { return e }

func (e sshEnviron) Getenv(k string) string {
	v := ""
	for _, kv := range e {
		if val, ok := strings.CutPrefix(kv, k+"="); ok {
			v = val // the last one set wins, as in a shell
		}
	}
	return v
}
