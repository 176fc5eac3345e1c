package backup

import (
	"testing"

	"golang.org/x/sys/unix"
)

func TestParseMountinfo(t *testing.T) {
	for _, c := range []struct {
		line string
		want mount
	}{
		{"36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue", mount{"/mnt2", "ext3", "98:0"}},
		{"120 29 0:52 / /home/lo/remote rw,nosuid - fuse.sshfs lo@venue:/srv rw,user_id=1000", mount{"/home/lo/remote", "fuse.sshfs", "0:52"}},
		{`88 29 8:17 / /media/lo/KTT\040USB rw shared:50 - vfat /dev/sdb1 rw`, mount{"/media/lo/KTT USB", "vfat", "8:17"}},
		{`90 29 0:60 / /mnt/share rw - cifs //nas/lo rw`, mount{"/mnt/share", "cifs", "0:60"}},
	} {
		got, ok := parseMountinfo(c.line)
		if !ok || got != c.want {
			t.Errorf("parseMountinfo(%q) = %+v %v, want %+v", c.line, got, ok, c.want)
		}
	}
	if _, ok := parseMountinfo("garbage"); ok {
		t.Error("garbage parsed")
	}
}

func TestRemovableByMountPoint(t *testing.T) {
	if !(mount{point: "/media/lo/KTT USB"}).removable() || !(mount{point: "/run/media/lo/STICK"}).removable() {
		t.Error("a stick under /media is not removable")
	}
	if (mount{point: "/media"}).removable() || (mount{point: "/"}).removable() {
		t.Error("/media itself or / counted removable")
	}
}

func TestWithin(t *testing.T) {
	if !within("/home/lo/a", "/home/lo") || within("/home/lob/a", "/home/lo") || !within("/x", "/") {
		t.Error("within is wrong")
	}
}

func TestClassify(t *testing.T) {
	for _, c := range []struct {
		magic int64
		m     mount
		want  Kind
	}{
		{unix.NFS_SUPER_MAGIC, mount{point: "/mnt/nas", fstype: "nfs4"}, Network},
		{unix.SMB2_SUPER_MAGIC, mount{point: "/mnt/share", fstype: "smb3"}, Network},
		{unix.CIFS_SUPER_MAGIC, mount{point: "/mnt/share", fstype: "cifs"}, Network},
		{unix.V9FS_MAGIC, mount{point: "/mnt/c", fstype: "9p"}, Network},
		{unix.FUSE_SUPER_MAGIC, mount{point: "/home/lo/venue", fstype: "fuse.sshfs"}, Network},
		{unix.FUSE_SUPER_MAGIC, mount{point: "/run/user/1000/gvfs", fstype: "fuse.gvfsd-fuse"}, Network},
		{unix.FUSE_SUPER_MAGIC, mount{point: "/media/lo/STICK", fstype: "fuseblk"}, Removable},
		{unix.FUSE_SUPER_MAGIC, mount{point: "/home/lo/vault", fstype: "fuse.gocryptfs"}, Local},
		{unix.EXT4_SUPER_MAGIC, mount{point: "/", fstype: "ext4"}, Local},
		{unix.MSDOS_SUPER_MAGIC, mount{point: "/media/lo/KTT USB", fstype: "vfat"}, Removable},
	} {
		if got, fs := classify(c.magic, c.m); got != c.want {
			t.Errorf("classify(%#x, %+v) = %v (%s), want %v", c.magic, c.m, got, fs, c.want)
		}
	}
}
