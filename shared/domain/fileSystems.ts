// What the disk under the data folder is, by Linux's own answer (statfs) rather than by
// the folder's name: an NFS or SMB share mounted at /mnt/data has an ordinary-looking path.
// Pure work on the numbers statfs gives and the text of /proc/self/mountinfo, so it is
// tested without those mounts.

/** statfs f_type values (linux/magic.h) of file systems that live on another computer. */
const NETWORK_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x6969, 'nfs'],
  [0x517b, 'smb'],
  [0xff534d42, 'cifs'],
  [0xfe534d42, 'smb2'],
  [0x5346414f, 'afs'],
  [0x00c36400, 'ceph'],
  [0x01021997, '9p'],
]);

export const FUSE_SUPER_MAGIC = 0x65735546;

// FUSE carries local file systems too (ntfs-3g on a USB disk, gocryptfs, AppImage), so a
// FUSE mount is refused only when its type in mountinfo names a network one. An unknown
// FUSE file system is taken as local: a false refusal would stop the app on a sound disk.
const NETWORK_FUSE_TYPES = new Set([
  'sshfs',
  'rclone',
  's3fs',
  'gcsfuse',
  'goofys',
  'curlftpfs',
  'gvfsd-fuse',
  'smbnetfs',
  'glusterfs',
  'ceph-fuse',
  'juicefs',
  'onedriver',
  'google-drive-ocamlfuse',
]);

/**
 * True when the file system is on another computer. `mountType` is the mount's type in
 * mountinfo ("fuse.sshfs"); it is only needed for FUSE.
 */
export function isNetworkFileSystem(statfsType: number, mountType: string | null): boolean {
  // statfs answers a signed 32-bit number on some platforms: 0xFF534D42 comes back negative.
  const type = statfsType >>> 0;
  if (NETWORK_FILE_SYSTEMS.has(type)) return true;
  if (type !== FUSE_SUPER_MAGIC || mountType === null) return false;
  return NETWORK_FUSE_TYPES.has(mountType.replace(/^fuse(blk)?\./, ''));
}

/**
 * The type of the mount that holds `folder` (an absolute path with links resolved), from
 * the text of /proc/self/mountinfo: the line whose mount point is the longest prefix of it.
 * A line: `36 35 98:0 /root /mnt/point rw,noatime master:1 - fuse.sshfs host:/x rw`, with
 * spaces in the mount point written as \040.
 */
export function mountTypeAt(mountinfo: string, folder: string): string | null {
  let best: { point: string; type: string } | null = null;
  for (const line of mountinfo.split('\n')) {
    const [before, after] = line.split(' - ');
    const point = before?.split(' ')[4];
    const type = after?.split(' ')[0];
    if (point === undefined || !type) continue;
    const unescaped = point.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    const holds = unescaped === '/' || folder === unescaped || folder.startsWith(`${unescaped}/`);
    // The later of two mounts on one point is the one in use.
    if (holds && (!best || unescaped.length >= best.point.length)) best = { point: unescaped, type };
  }
  return best?.type ?? null;
}
