package tizim

import (
	"errors"
	"fmt"
	"net/http"
)

// Error codes. Each says what kind of failure happened, so that the command line and the web
// server can answer with the right exit code or HTTP status from one table.
const (
	ECONFLICT     = "conflict"     // the request contradicts what is stored
	EINTERNAL     = "internal"     // a fault of ours; details are logged, never shown
	EINVALID      = "invalid"      // bad input
	ENOTFOUND     = "not_found"    // no such thing (or not visible to the caller)
	EUNAUTHORIZED = "unauthorized" // who you are is unknown
	EFORBIDDEN    = "forbidden"    // who you are may not do this
)

// Error is an error that is meant to be shown to a user: Code classifies it and Message is one
// clear sentence. Errors of other types are internal, and their text is never shown.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any other error,
// and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the text to show a user: the full text of err when its chain holds an
// *Error (so context added by wrapping is kept), else "Internal error.".
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return err.Error()
	}
	return "Internal error."
}

// codes maps each error code to its process exit code and HTTP status, in one place.
var codes = map[string]struct{ exit, status int }{
	EINVALID:      {2, http.StatusBadRequest},
	ENOTFOUND:     {3, http.StatusNotFound},
	ECONFLICT:     {4, http.StatusConflict},
	EUNAUTHORIZED: {5, http.StatusUnauthorized},
	EFORBIDDEN:    {6, http.StatusForbidden},
	EINTERNAL:     {1, http.StatusInternalServerError},
}

// ExitCode returns the process exit code for err: 0 for nil.
func ExitCode(err error) int {
	if err == nil {
		return 0
	}
	return codes[ErrorCode(err)].exit
}

// HTTPStatus returns the HTTP status for err: 200 for nil.
func HTTPStatus(err error) int {
	if err == nil {
		return http.StatusOK
	}
	return codes[ErrorCode(err)].status
}
