package backup

import (
	"strings"

	"golang.org/x/sys/windows"
)

func locate(path string) (Kind, string, error) {
	if strings.HasPrefix(path, `\\`) && !strings.HasPrefix(path, `\\?\`) && !strings.HasPrefix(path, `\\.\`) ||
		strings.HasPrefix(strings.ToUpper(path), `\\?\UNC\`) {
		return Network, "UNC", nil
	}
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return Local, "", err
	}
	buf := make([]uint16, windows.MAX_PATH+1)
	if err := windows.GetVolumePathName(p, &buf[0], uint32(len(buf))); err != nil {
		return Local, "", err
	}
	switch windows.GetDriveType(&buf[0]) {
	case windows.DRIVE_REMOTE:
		return Network, "DRIVE_REMOTE", nil
	case windows.DRIVE_REMOVABLE:
		return Removable, "DRIVE_REMOVABLE", nil
	}
	return Local, "", nil
}
