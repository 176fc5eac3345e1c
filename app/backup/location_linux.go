package backup

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// networkMagic names the statfs magic numbers of network file systems.
var networkMagic = map[int64]string{
	unix.NFS_SUPER_MAGIC:   "nfs",
	unix.SMB_SUPER_MAGIC:   "smb",
	unix.SMB2_SUPER_MAGIC:  "smb2",
	unix.CIFS_SUPER_MAGIC:  "cifs",
	unix.CODA_SUPER_MAGIC:  "coda",
	unix.AFS_SUPER_MAGIC:   "afs",
	unix.AFS_FS_MAGIC:      "afs",
	unix.CEPH_SUPER_MAGIC:  "ceph",
	unix.NCP_SUPER_MAGIC:   "ncp",
	unix.V9FS_MAGIC:        "9p", // WSL's /mnt/c, virtual machine shares
	unix.OCFS2_SUPER_MAGIC: "ocfs2",
	0x0bd00bd0:             "lustre",
	0x01161970:             "gfs2",
}

// fuseNetwork are FUSE file systems that reach over the network; other
// FUSE file systems (ntfs-3g, exfat on a USB stick) are local.
var fuseNetwork = []string{"sshfs", "rclone", "s3fs", "gcsfuse", "davfs", "webdav", "gvfsd-fuse", "smb", "nfs", "curlftpfs", "glusterfs", "cephfs", "onedriver", "dropbox"}

func locate(path string) (Kind, string, error) {
	var st unix.Statfs_t
	if err := unix.Statfs(path, &st); err != nil {
		return Local, "", err
	}
	m, _ := mountOf(path)
	k, fs := classify(int64(st.Type), m)
	return k, fs, nil
}

// classify judges a file system by its statfs magic and its mount.
func classify(magic int64, m mount) (Kind, string) {
	if fs, ok := networkMagic[magic]; ok {
		return Network, fs
	}
	if magic == unix.FUSE_SUPER_MAGIC {
		for _, n := range fuseNetwork {
			if strings.Contains(m.fstype, n) {
				return Network, m.fstype
			}
		}
	}
	if m.removable() {
		return Removable, m.fstype
	}
	return Local, m.fstype
}

type mount struct {
	point, fstype, dev string // dev is "major:minor"
}

// mountOf finds the mount holding path in /proc/self/mountinfo: the
// longest mount point that is a prefix of it.
func mountOf(path string) (mount, error) {
	f, err := os.Open("/proc/self/mountinfo")
	if err != nil {
		return mount{}, err
	}
	defer f.Close()
	var best mount
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		m, ok := parseMountinfo(sc.Text())
		if !ok || !within(path, m.point) || len(m.point) < len(best.point) {
			continue
		}
		best = m
	}
	return best, sc.Err()
}

// parseMountinfo reads one line of mountinfo(5):
// "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw".
func parseMountinfo(line string) (mount, bool) {
	f := strings.Fields(line)
	sep := -1
	for i, x := range f {
		if x == "-" && i >= 6 {
			sep = i
			break
		}
	}
	if sep < 0 || sep+1 >= len(f) || len(f) < 5 {
		return mount{}, false
	}
	return mount{point: unescapeMount(f[4]), fstype: f[sep+1], dev: f[2]}, true
}

// unescapeMount undoes mountinfo's octal escapes (\040 is a space).
func unescapeMount(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func within(path, point string) bool {
	if point == "/" {
		return true
	}
	return path == point || strings.HasPrefix(path, point+"/")
}

// removable is a cheap guess: mounted where desktops mount sticks, or a
// block device that sysfs calls removable or that hangs off USB.
func (m mount) removable() bool {
	for _, p := range []string{"/media/", "/run/media/", "/mnt/usb"} {
		if strings.HasPrefix(m.point+"/", p) && m.point+"/" != p {
			return true
		}
	}
	if m.dev == "" || strings.HasPrefix(m.dev, "0:") {
		return false
	}
	sys := "/sys/dev/block/" + m.dev
	real, err := filepath.EvalSymlinks(sys)
	if err != nil {
		return false
	}
	if strings.Contains(real, "/usb") || strings.Contains(real, "/mmc") {
		return true
	}
	for _, p := range []string{filepath.Join(real, "removable"), filepath.Join(filepath.Dir(real), "removable")} {
		if b, err := os.ReadFile(p); err == nil && strings.TrimSpace(string(b)) == "1" {
			return true
		}
	}
	return false
}
