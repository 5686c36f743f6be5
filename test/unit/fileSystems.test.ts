import { describe, expect, it } from 'vitest';
import { FUSE_SUPER_MAGIC, isNetworkFileSystem, mountTypeAt } from '../../shared/domain/fileSystems';

describe('a file system on another computer, by statfs type', () => {
  it.each([
    ['NFS', 0x6969],
    ['SMB', 0x517b],
    ['CIFS', 0xff534d42],
    ['SMB2', 0xfe534d42],
    ['AFS', 0x5346414f],
    ['Ceph', 0x00c36400],
    ['9P', 0x01021997],
  ])('%s is a network file system', (_name, type) => {
    expect(isNetworkFileSystem(type, null)).toBe(true);
  });

  it('also when statfs answers the number as a signed 32-bit value', () => {
    expect(isNetworkFileSystem(0xff534d42 | 0, null)).toBe(true);
  });

  it.each([
    ['ext4', 0xef53],
    ['btrfs', 0x9123683e],
    ['xfs', 0x58465342],
    ['tmpfs', 0x01021994],
    ['overlayfs', 0x794c7630],
  ])('%s is local', (_name, type) => {
    expect(isNetworkFileSystem(type, null)).toBe(false);
  });

  it.each(['fuse.sshfs', 'fuse.rclone', 'fuse.s3fs', 'fuse.gvfsd-fuse', 'fuse.ceph-fuse'])(
    'FUSE is network when the mount type says %s',
    (mountType) => {
      expect(isNetworkFileSystem(FUSE_SUPER_MAGIC, mountType)).toBe(true);
    },
  );

  it.each([['fuseblk'], ['fuse.gocryptfs'], ['fuse.appimage'], [null]])('FUSE is taken as local for %s: local disks use FUSE too', (mountType) => {
    expect(isNetworkFileSystem(FUSE_SUPER_MAGIC, mountType)).toBe(false);
  });

  it('a FUSE mount type alone does not make a local disk a network one', () => {
    expect(isNetworkFileSystem(0xef53, 'fuse.sshfs')).toBe(false);
  });
});

describe('the mount that holds a folder, from /proc/self/mountinfo', () => {
  const MOUNTINFO = [
    '22 1 252:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw',
    '40 22 0:35 / /home rw,relatime shared:20 - ext4 /dev/vdb1 rw',
    '51 40 0:48 / /home/anna/fjärr rw,nosuid,nodev shared:30 - fuse.sshfs anna@server:/srv rw,user_id=1000',
    '52 40 0:49 / /home/anna/Mina\\040filer rw - nfs4 server:/export rw',
    '53 40 0:50 / /home/anna/fjärran rw - ext4 /dev/sdb1 rw',
    '',
  ].join('\n');

  it.each([
    ['/home/anna/fjärr/Handledning', 'fuse.sshfs'],
    ['/home/anna/fjärr', 'fuse.sshfs'],
    ['/home/anna/fjärran/Handledning', 'ext4'],
    ['/home/anna/Mina filer/Handledning', 'nfs4'],
    ['/home/anna/.config/Handledning', 'ext4'],
    ['/tmp', 'ext4'],
  ])('%s is on %s', (folder, type) => {
    expect(mountTypeAt(MOUNTINFO, folder)).toBe(type);
  });

  it('of two mounts on one point, the later one is in use', () => {
    expect(mountTypeAt(`${MOUNTINFO}60 40 0:51 / /home/anna/fjärr rw - fuse.rclone remote: rw\n`, '/home/anna/fjärr/x')).toBe('fuse.rclone');
  });

  it('nothing readable: no type', () => {
    expect(mountTypeAt('', '/home/anna')).toBeNull();
  });
});
