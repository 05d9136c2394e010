package model

import (
	"strings"
	"time"
)

// The exercise timer is set in whole minutes, up to three hours.
const (
	MinTimerMinutes = 1
	MaxTimerMinutes = 180
)

// remaining is what is left at now: running, what was left when started
// less the time since, never below zero; a clock set back since the start
// takes nothing off.
func (t Timer) remaining(now time.Time) time.Duration {
	left := t.Left
	if t.Running() {
		left -= max(now.Sub(t.Since), 0)
	}
	return max(left, 0)
}

// started runs the timer from what is left; a timer that ran out starts
// again from what was set. A running timer, or one with nothing set and
// nothing left, is unchanged.
func (t Timer) started(now time.Time) Timer {
	switch {
	case t.Done(now):
		t.Left = t.Set
	case t.Running() || t.Left <= 0:
		return t
	}
	t.Since = now
	return t
}

// paused stops a running timer, keeping what is left.
func (t Timer) paused(now time.Time) Timer {
	if !t.Running() {
		return t
	}
	return Timer{Set: t.Set, Left: t.remaining(now)}
}

// plusMinute gives one more minute: added to what is left, running or
// not, so a timer that ran out has one minute and carries on as it was.
func (t Timer) plusMinute(now time.Time) Timer {
	t.Left = t.remaining(now) + time.Minute
	if t.Running() {
		t.Since = now
	}
	return t
}

// withMinutes is an idle timer set to minutes.
func withMinutes(minutes int) (Timer, error) {
	if minutes < MinTimerMinutes || minutes > MaxTimerMinutes {
		return Timer{}, invalid(T("the timer is set from %d to %d minutes", "计时器可设为 %d 到 %d 分钟"), MinTimerMinutes, MaxTimerMinutes)
	}
	d := time.Duration(minutes) * time.Minute
	return Timer{Set: d, Left: d}, nil
}

// parseMinutes reads the minutes typed for the timer: a whole number from
// 1 to 180 (full-width digits too).
func parseMinutes(s string) (int, error) {
	t := strings.TrimSpace(narrow(s))
	if t == "" {
		return 0, invalid(T("type the minutes, from %d to %d", "请输入分钟数（%d 到 %d）"), MinTimerMinutes, MaxTimerMinutes)
	}
	n := 0
	for _, r := range t {
		if r < '0' || r > '9' {
			if r == '.' || r == ',' {
				return 0, invalid(T("%q: the minutes are a whole number", "%q：分钟数须为整数"), t)
			}
			return 0, invalid(T("%q is not a number of minutes", "%q 不是分钟数"), t)
		}
		if n <= MaxTimerMinutes { // no further: a long string of digits stays out of range
			n = n*10 + int(r-'0')
		}
	}
	if n < MinTimerMinutes || n > MaxTimerMinutes {
		return 0, invalid(T("the timer is set from %d to %d minutes", "计时器可设为 %d 到 %d 分钟"), MinTimerMinutes, MaxTimerMinutes)
	}
	return n, nil
}
