package ingest

import (
	"bufio"

	"github.com/tizim/tizim"
)

func openXLSX(file string, br *bufio.Reader, opt Options) (Reader, error) {
	return nil, tizim.Errorf(tizim.EINVALID, "%s: XLSX is not supported yet", file)
}
