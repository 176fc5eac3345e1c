// Package sync keeps the event files of several laptops in step through a
// shared folder (a USB stick, a network share, a Syncthing folder) with no
// server: each replica appends pack files of changes to its own subfolder
// and merges every pack of the others. It owns the pack format and the
// folder layout; the merge itself is data's (Store.Merge).
//
// Folder layout: DIR/<replica-id>/<n>.lodeskpack, n = 1, 2, 3, ... A pack
// is written under a temporary name, synced to disk and renamed, so a half
// written pack is never seen; packs are never changed once written. Only
// the replica whose id names a subfolder writes there.
//
// What a pack carries: sync writes into its own subfolder every change it
// holds completely that no readable pack in the folder covers yet, with
// the ranges (origin replica, first and last stamp) it covers. In one shared
// folder that is just this replica's new changes; but it also relays changes
// it received through another folder (a second USB stick), rewrites its
// changes when its pack was lost or damaged, and, on the first sync of a
// copied event file, sends the changes the file was made with under its
// earlier replica id. So every folder ends up holding every change, and a
// new laptop joins from the folder alone (SyncFile on a missing file).
//
// The folder may hold anything: only regular files are opened (no link is
// followed, a FIFO cannot block the open), each pack is streamed with
// limits on its size and on what it decompresses to, and merged on its
// own, so memory is bounded by the largest pack. Files that are not packs
// are skipped and reported by name; the sync finishes.
//
// What is refused: a pack that is truncated, altered (SHA-256 trailer; an
// encrypted body is also authenticated by age and bound to its header), of
// a newer format or schema, encrypted with another passphrase, or of
// another event, is refused whole and named in the error; the others are
// merged all the same. Packs already merged are skipped without being
// decrypted, so syncing again costs little and changes nothing.
package sync
