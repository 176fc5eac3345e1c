// Package sync keeps the event files of several laptops in step through a
// shared folder (a USB stick, a network share, a Syncthing folder) with no
// server: each replica writes pack files of changes into its own subfolder
// and merges every pack of the others. It owns the pack format and the
// folder layout; the merge itself, the keys and the sealing are data's.
// The design, with its reasons, is in docs/design.md ("Sync").
//
// Folder layout: DIR/<replica-id>/<n>.lodeskpack, n = 1, 2, 3, ... A pack
// is written under a temporary name (".tmp-*"), synced to disk and given
// its name with a hard link, so a half-written pack is never seen; packs
// are never changed once named. Only the replica whose id names a
// subfolder writes there; a snapshot replaces the lower-numbered packs of
// its subfolder.
//
// Knowledge comes only from verified packs: what this file holds is its
// change log; what the folder holds is the set of stamps of the packs this
// file has read, verified and recorded (data.PackRecord, by trailer); what
// sync writes is every change it holds whose stamp no verified pack holds
// (its own new changes, and relays of others' it holds that the folder
// lacks). A laptop rewrites its own packs into one snapshot when they are
// many, of an older format or protection, or written before a deletion it
// applied, so that erased data leaves the folder.
//
// The folder may hold anything: only regular files are opened (no link is
// followed, a FIFO cannot block the open), each pack is streamed with
// limits on its size and on what it decompresses to, and merged on its
// own, so memory is bounded by the largest pack. Files that are not packs
// are skipped and reported by name; the sync finishes.
//
// What is refused, named, while the rest is merged: a pack that is
// truncated, altered (checksum; a protected pack's MAC under the event
// key), of a newer format or schema, in a subfolder that is not its
// replica's, with changes of an origin it does not declare or in this
// laptop's name that this laptop never made, or plain in a protected
// folder. A pack of another event stops the sync before anything is
// written, and so does a passphrase that does not open the event's key.
package sync
