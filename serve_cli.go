package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/charmbracelet/x/term"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui/serve"
)

// servePort is the port kam serve listens on unless told otherwise.
const servePort = "2323"

// serveStopWait is how long stopping waits for the sessions' saves.
const serveStopWait = 30 * time.Second

// serveSignals asks for the signals that stop the server (ctrl+c, SIGTERM).
var serveSignals = func(ch chan<- os.Signal) { signal.Notify(ch, os.Interrupt, syscall.SIGTERM) }

// askPasscode reads a passcode from the terminal without echo; nil when
// there is no terminal to ask at.
var askPasscode = func(prompt string, stderr io.Writer) (string, error) {
	fmt.Fprint(stderr, prompt)
	b, err := term.ReadPassword(os.Stdin.Fd())
	fmt.Fprintln(stderr)
	return strings.TrimSpace(string(b)), err
}

// lanAddress is the machine's first IPv4 address on the room's network.
var lanAddress = func() (string, bool) {
	ifaces, err := net.Interfaces()
	if err != nil {
		return "", false
	}
	for _, iface := range ifaces {
		if iface.Flags&net.FlagUp == 0 || iface.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, _ := iface.Addrs()
		for _, a := range addrs {
			if ipn, ok := a.(*net.IPNet); ok && ipn.IP.To4() != nil && !ipn.IP.IsLinkLocalUnicast() {
				return ipn.IP.String(), true
			}
		}
	}
	return "", false
}

func serveUsage(l model.Lang) string {
	return model.T(`kam serve — serve a course folder to the room over SSH

Usage:
  kam serve [--dir DIR] [--listen ADDR | --all] [--passcode P] [--trainer-passcode T] [--headless]

  --dir DIR               the course folder made by kam course new (default:
                          the folder "course" in kam's data directory)
  --listen ADDR           where to listen, e.g. 192.168.1.20:2323 or :2323;
                          by default the laptop's address on the room's
                          network, port 2323
  --all                   listen on every network of the laptop, port 2323
  --passcode P            the room passcode participants type to get in
  --trainer-passcode T    the trainer's own passcode: the course controls
                          from another terminal (ssh -p 2323 ADDRESS)
  --headless              no trainer's screen here: only the list of who
                          joins and leaves; ctrl+c stops the server

Without the passcodes kam serve asks for them. The trainer's own screen
opens in this terminal; quitting it stops the server. Participants connect
with ssh -p 2323 ADDRESS, type the room passcode, pick their team and type
their name. Stopping tells every session, and their saves land first.
`, `kam serve — 通过 SSH 向教室提供课程文件夹

用法：
  kam serve [--dir 目录] [--listen 地址 | --all] [--passcode 口令] [--trainer-passcode 口令] [--headless]

  --dir 目录              用 kam course new 建立的课程文件夹（默认为 kam 数据
                          目录中的 course 文件夹）
  --listen 地址           监听的地址，如 192.168.1.20:2323 或 :2323；默认为
                          本机在教室网络中的地址，端口 2323
  --all                   在本机所有网络上监听，端口 2323
  --passcode 口令         学员进入时输入的教室口令
  --trainer-passcode 口令 讲师自己的口令：从另一个终端
                          （ssh -p 2323 地址）使用课程控制权
  --headless              不在此处打开讲师界面：只列出加入和离开的人；
                          按 ctrl+c 停止服务

未提供口令时 kam serve 会询问。讲师自己的界面在此终端打开；退出它即停止服务。
学员用 ssh -p 2323 地址 连接，输入教室口令，选择小组并输入姓名。停止时每个会话
都会收到通知，并先完成保存。
`).In(l)
}

// runServe serves a course folder over SSH to the room until ctrl+c or
// SIGTERM.
func runServe(c config, getenv func(string) string, msgLang model.Lang, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kam serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var dir, listen, pass, trainerPass, langFlag string
	var all, help, headless bool
	fs.StringVar(&dir, "dir", "", "")
	fs.BoolVar(&headless, "headless", false, "")
	fs.StringVar(&listen, "listen", "", "")
	fs.BoolVar(&all, "all", false, "")
	fs.StringVar(&pass, "passcode", "", "")
	fs.StringVar(&trainerPass, "trainer-passcode", "", "")
	fs.StringVar(&langFlag, "lang", "", "")
	fs.BoolVar(&help, "help", false, "")
	fs.BoolVar(&help, "h", false, "")
	fail, bad := usageAnswers(stderr, &msgLang, serveUsage)
	if err := fs.Parse(c.args); err != nil {
		return fail(flagError(err))
	}
	if langFlag != "" {
		l, ok := model.ParseLang(langFlag)
		if !ok {
			return bad(model.T("--lang %q is not a language kam speaks: use en or zh", "--lang %q 不是 kam 支持的语言：请用 en 或 zh"), langFlag)
		}
		msgLang = l
	}
	if help {
		fmt.Fprint(stdout, serveUsage(msgLang))
		return 0
	}
	if fs.NArg() > 0 {
		return bad(model.T("unexpected argument %q", "多余的参数 %q"), fs.Arg(0))
	}
	if listen != "" && all {
		return bad(model.T("--listen and --all say two different places: use one", "--listen 与 --all 指定了不同的监听位置：请只用其一"))
	}
	switch {
	case listen != "":
		if _, _, err := net.SplitHostPort(listen); err != nil {
			if _, _, err2 := net.SplitHostPort(listen + ":" + servePort); err2 != nil {
				return bad(model.T("--listen %q is not an address: use e.g. 192.168.1.20:2323 or :2323", "--listen %q 不是地址：请用如 192.168.1.20:2323 或 :2323"), listen)
			}
			listen += ":" + servePort
		}
	case all:
		listen = ":" + servePort
	}
	if pass == "" || trainerPass == "" {
		if !interactive() {
			return bad(model.T("without a terminal to ask at, give the passcodes: --passcode and --trainer-passcode", "没有可询问口令的终端：请用 --passcode 和 --trainer-passcode 指定口令"))
		}
		var err error
		if pass == "" {
			if pass, err = askPasscode(model.T("Room passcode (participants type it to get in): ", "教室口令（学员进入时输入）：").In(msgLang), stderr); err != nil || pass == "" {
				fmt.Fprintf(stderr, "kam: %s\n", model.T("no room passcode: kam serve needs one", "没有教室口令：kam serve 需要一个口令").In(msgLang))
				return 1
			}
		}
		if trainerPass == "" {
			if trainerPass, err = askPasscode(model.T("Trainer passcode (your own, with the course controls): ", "讲师口令（你自己的，拥有课程控制权）：").In(msgLang), stderr); err != nil || trainerPass == "" {
				fmt.Fprintf(stderr, "kam: %s\n", model.T("no trainer passcode: kam serve needs one", "没有讲师口令：kam serve 需要一个口令").In(msgLang))
				return 1
			}
		}
	}
	if pass == trainerPass {
		return bad(model.T("the trainer passcode must differ from the room passcode", "讲师口令不能与教室口令相同"))
	}
	if listen == "" {
		ip, ok := lanAddress()
		if !ok {
			fmt.Fprintf(stderr, "kam: %s\n", model.T(
				"this laptop has no network address to serve the room on: join the room's network (or hotspot), or name one with --listen",
				"本机没有可向教室提供服务的网络地址：请连接教室网络（或热点），或用 --listen 指定地址").In(msgLang))
			return 1
		}
		listen = net.JoinHostPort(ip, servePort)
	}
	if dir == "" {
		d, err := defaultCourseDir(getenv)
		if err != nil {
			fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, msgLang))
			return 1
		}
		dir = d
	}
	// The trainer's own screen runs here unless told not to, or there is
	// no terminal to run it in.
	local := !headless && interactive()
	return serveCourse(dir, listen, pass, trainerPass, local, c, getenv, msgLang, stdout, stderr)
}

// serveCourse opens the course folder and serves it, with the trainer's
// own screen in this terminal (local) until the trainer quits it, or
// headless until a signal; then it closes everything in order.
func serveCourse(dir, listen, pass, trainerPass string, local bool, c config, getenv func(string) string, msgLang model.Lang, stdout, stderr io.Writer) int {
	f, err := store.OpenCourse(dir, store.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, msgLang))
		return 1
	}
	closed := false
	defer func() {
		if !closed {
			f.Close()
		}
	}()
	// Headless, the terminal lists who joins and leaves; with the trainer's
	// screen here, the Teams view does, and the list goes to a log.
	log := stdout
	logPath := filepath.Join(dir, serveLogName)
	if local {
		lf, err := os.OpenFile(logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			fmt.Fprintf(stderr, "kam: %v\n", err)
			return 1
		}
		defer lf.Close()
		log = lf
	}
	srv, err := serve.New(serve.Config{Folder: f, Passcode: pass, TrainerPasscode: trainerPass, Lang: msgLang, Log: log})
	if err != nil {
		fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, msgLang))
		return 1
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		fmt.Fprintf(stderr, "kam: %s\n", model.T(
			fmt.Sprintf("cannot listen on %s: %v (another kam serve running? pick another address with --listen)", listen, err),
			fmt.Sprintf("无法在 %s 上监听：%v（是否已有另一个 kam serve 在运行？可用 --listen 换一个地址）", listen, err)).In(msgLang))
		return 1
	}
	stop := make(chan os.Signal, 1)
	serveSignals(stop)
	defer signal.Stop(stop)
	srv.Start(ln)
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		if lan, ok := lanAddress(); ok {
			host = lan
		} else {
			host = "localhost"
		}
	}
	connect := "ssh -p " + port + " " + host
	srv.Announce(connect)

	fmt.Fprintf(stdout, "%s\n", model.T(
		fmt.Sprintf("Serving the course in %s on %s.\nParticipants connect with:  %s\nthen type the room passcode, pick their team and type their name.\nIf they cannot connect, let port %s through this laptop's firewall.",
			dir, ln.Addr(), connect, port),
		fmt.Sprintf("正在 %s 上提供 %s 中的课程。\n学员连接方式：  %s\n然后输入教室口令，选择小组并输入姓名。\n如果无法连接，请在本机防火墙中放行端口 %s。",
			ln.Addr(), dir, connect, port)).In(msgLang))
	if local {
		fmt.Fprintf(stdout, "%s\n", model.T(
			fmt.Sprintf("Your own screen opens now; quitting it (q) stops the server. Who joins and leaves: %s", logPath),
			fmt.Sprintf("现在打开你自己的界面；退出它（q）即停止服务。加入和离开记录：%s", logPath)).In(msgLang))
		if err := runTrainerHere(srv, f, c, getenv, dir, stop); err != nil {
			fmt.Fprintf(stderr, "kam: %v\n", err)
		}
	} else {
		fmt.Fprintf(stdout, "%s\n", model.T("ctrl+c stops the server.", "按 ctrl+c 停止服务。").In(msgLang))
		<-stop
	}
	fmt.Fprintf(stdout, "%s\n", model.T("Stopping: telling everyone and waiting for their saves…", "正在停止：通知所有人并等待保存完成……").In(msgLang))
	ctx, cancel := context.WithTimeout(context.Background(), serveStopWait)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		fmt.Fprintf(stderr, "kam: %s\n", model.T(
			fmt.Sprintf("some sessions did not finish in time: %v", err),
			fmt.Sprintf("部分会话未能及时结束：%v", err)).In(msgLang))
	}
	closed = true
	if err := f.Close(); err != nil {
		fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, msgLang))
		return 1
	}
	fmt.Fprintf(stdout, "%s\n", model.T("The course is closed.", "课程已关闭。").In(msgLang))
	return 0
}

// serveLogName is the log, in the course folder, of who joined and left
// while the trainer's own screen had the terminal.
const serveLogName = "serve.log"

// runTrainerHere runs the trainer's own session in this terminal until the
// trainer quits it; a signal quits it as ctrl+c does, once its saves land.
func runTrainerHere(srv *serve.Server, f *store.CourseFolder, c config, getenv func(string) string, dir string, stop <-chan os.Signal) error {
	local := srv.Local()
	defer local.Leave()
	return runCourseProgram(local.Course, courseLang(c, f, local.Course, getenv), dir, stop, local.Attach, srv.Participants)
}
