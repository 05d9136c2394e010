package model

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestTimerRunsPausesAndEnds(t *testing.T) {
	t0 := time.Date(2025, time.March, 10, 10, 0, 0, 0, time.UTC)
	at := func(d time.Duration) time.Time { return t0.Add(d) }
	idle, err := WithMinutes(10)
	if err != nil {
		t.Fatal(err)
	}
	if idle.Running() || idle.Done(t0) || idle.Remaining(at(time.Hour)) != 10*time.Minute {
		t.Fatalf("idle: %+v", idle)
	}
	// Idle does not count down, however long it waits.
	if idle.Paused(at(time.Hour)) != idle {
		t.Error("pausing an idle timer changed it")
	}

	running := idle.Started(t0)
	if !running.Running() || running.Remaining(at(3*time.Minute)) != 7*time.Minute {
		t.Errorf("running 3 minutes: %v left", running.Remaining(at(3*time.Minute)))
	}
	if again := running.Started(at(time.Minute)); again != running {
		t.Error("starting a running timer restarted it")
	}
	// A clock set back since the start takes nothing off, adds nothing.
	if left := running.Remaining(at(-time.Minute)); left != 10*time.Minute {
		t.Errorf("before its start: %v", left)
	}

	paused := running.Paused(at(4 * time.Minute))
	if paused.Running() || paused.Remaining(at(time.Hour)) != 6*time.Minute || paused.Set != 10*time.Minute {
		t.Errorf("paused after 4 minutes: %+v", paused)
	}
	resumed := paused.Started(at(20 * time.Minute))
	if resumed.Remaining(at(25*time.Minute)) != time.Minute || resumed.Done(at(25*time.Minute)) {
		t.Errorf("resumed: %v left", resumed.Remaining(at(25*time.Minute)))
	}

	// Running out: zero left, never below, and Done.
	end := at(26 * time.Minute)
	if resumed.Remaining(end) != 0 || !resumed.Done(end) || resumed.Remaining(at(time.Hour)) != 0 {
		t.Errorf("at the end: %v, done %v", resumed.Remaining(end), resumed.Done(end))
	}
	if !resumed.Running() {
		t.Error("a timer that ran out forgot it was started")
	}
	// A done timer starts again from what was set.
	restarted := resumed.Started(at(30 * time.Minute))
	if restarted.Remaining(at(30*time.Minute)) != 10*time.Minute || restarted.Done(at(30*time.Minute)) {
		t.Errorf("restarted: %v", restarted.Remaining(at(30*time.Minute)))
	}
	stopped := resumed.Paused(at(40 * time.Minute))
	if stopped.Running() || !stopped.Done(at(40*time.Minute)) {
		t.Errorf("a done timer paused: %+v", stopped)
	}
	if again := stopped.Started(at(41 * time.Minute)); !again.Running() || again.Remaining(at(41*time.Minute)) != 10*time.Minute {
		t.Errorf("a paused done timer started: %+v", again)
	}
}

func TestTimerPlusMinute(t *testing.T) {
	t0 := time.Date(2025, time.March, 10, 10, 0, 0, 0, time.UTC)
	at := func(d time.Duration) time.Time { return t0.Add(d) }
	idle, _ := WithMinutes(5)
	if got := idle.PlusMinute(t0); got.Running() || got.Remaining(t0) != 6*time.Minute || got.Set != 5*time.Minute {
		t.Errorf("idle plus a minute: %+v", got)
	}
	running := idle.Started(t0)
	plus := running.PlusMinute(at(2 * time.Minute))
	if !plus.Running() || plus.Remaining(at(2*time.Minute)) != 4*time.Minute || plus.Remaining(at(6*time.Minute)) != 0 ||
		plus.Remaining(at(5*time.Minute)) != time.Minute {
		t.Errorf("running plus a minute: %v left at 2 minutes", plus.Remaining(at(2*time.Minute)))
	}
	// Done while running: one minute from now, still running.
	done := running.PlusMinute(at(20 * time.Minute))
	if !done.Running() || done.Remaining(at(20*time.Minute)) != time.Minute || done.Remaining(at(20*time.Minute+30*time.Second)) != 30*time.Second {
		t.Errorf("done and running plus a minute: %+v", done)
	}
	// Done and paused: one minute, still paused.
	stopped := running.Paused(at(20 * time.Minute))
	if got := stopped.PlusMinute(at(30 * time.Minute)); got.Running() || got.Remaining(at(50*time.Minute)) != time.Minute || got.Done(at(50*time.Minute)) {
		t.Errorf("done and paused plus a minute: %+v", got)
	}
	if got := (Timer{}).PlusMinute(t0); got.Remaining(t0) != time.Minute {
		t.Errorf("an unset timer plus a minute: %+v", got)
	}
	if got := (Timer{}).Started(t0); got.Running() {
		t.Error("a timer with nothing set and nothing left started")
	}
}

func TestTimerMinutes(t *testing.T) {
	for _, m := range []int{1, 15, 180} {
		tm, err := WithMinutes(m)
		if err != nil || tm.Set != time.Duration(m)*time.Minute || tm.Left != tm.Set || tm.Running() {
			t.Errorf("WithMinutes(%d) = %+v, %v", m, tm, err)
		}
	}
	for _, m := range []int{0, -5, 181} {
		if _, err := WithMinutes(m); err == nil {
			t.Errorf("WithMinutes(%d) accepted", m)
		}
	}
	for in, want := range map[string]int{"15": 15, " 5 ": 5, "180": 180, "1": 1, "０５": 5, "007": 7} {
		if got, err := ParseMinutes(in); err != nil || got != want {
			t.Errorf("ParseMinutes(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for in, says := range map[string]string{
		"0": "from 1 to 180", "181": "from 1 to 180", "99999999999999999999": "from 1 to 180",
		"abc": "not a number", "-5": "not a number", "1.5": "whole number", "": "type the minutes",
	} {
		_, err := ParseMinutes(in)
		var inv *Invalid
		if !errors.As(err, &inv) || !strings.Contains(inv.Msg.EN, says) || inv.Msg.ZH == "" {
			t.Errorf("ParseMinutes(%q): %v; want %q", in, err, says)
		}
	}
}
