package backup

import (
	"strings"

	"golang.org/x/sys/unix"
)

func locate(path string) (Kind, string, error) {
	var st unix.Statfs_t
	if err := unix.Statfs(path, &st); err != nil {
		return Local, "", err
	}
	fs := unix.ByteSliceToString(st.Fstypename[:])
	switch {
	case st.Flags&unix.MNT_LOCAL == 0, fs == "smbfs", fs == "nfs", fs == "afpfs", fs == "webdav", fs == "cifs", fs == "ftp":
		return Network, fs, nil
	case st.Flags&unix.MNT_REMOVABLE != 0:
		return Removable, fs, nil
	case strings.HasPrefix(path, "/Volumes/") && fs != "apfs":
		return Removable, fs, nil // a stick formatted exFAT or FAT
	}
	return Local, fs, nil
}
