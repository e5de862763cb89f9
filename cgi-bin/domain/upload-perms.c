/* upload-perms.c: the group and mode of a file entering the upload store: read by the back office, never by another writer. */
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "domain/upload-perms.h"

/* Who reads a stored file (SECURITY.md, "Processes and users"). Where the
 * stack runs each program as its own user, the store belongs to the back
 * office's user, its group (motcua-files, setgid directories) holds every
 * program (all of them write into it), and:
 *   an attachment another program writes (the public program, the
 *     agents): group <writer>-handin, whose only members are the writer
 *     and the store's owner, mode 0040: the writer, its owner, cannot read
 *     it back (owner bits come first), the back office reads it through
 *     that group, and no other program (all in motcua-files) can;
 *     motcua-admin gc, as root, then hands it to the store owner
 *     (upload_settle);
 *   the same, of an agent's saved draft: 0440, its writer reads it back
 *     until the draft is submitted or dropped (gc spares it meanwhile);
 *   an attachment the back office writes: 0600, its own;
 *   a result: group motcua-files, 0640: the public program serves it.
 * Where one user runs everything (not started as root), the store is that
 * user's and attachments stay 0600. Without a hand-in group (an older
 * installation), the store's group, as before. */
static gid_t handin_group(gid_t fallback)
{
  static gid_t gid = (gid_t)-1;
  if (gid != (gid_t)-1) return gid;
  const struct passwd *pw = getpwuid(geteuid());
  char name[128];
  const struct group *g = NULL;
  if (pw && snprintf(name, sizeof name, "%s-handin", pw->pw_name) < (int)sizeof name) g = getgrnam(name);
  gid = g ? g->gr_gid : fallback;
  return gid;
}

int upload_perms(const char *store, const char *path, enum upload_perms_how how)
{
  struct stat top, st;
  if (stat(store, &top) != 0 || stat(path, &st) != 0) return -1;
  int mine = top.st_uid == geteuid();
  /* Staged in the program's own directory, the file has the program's
   * group: it takes the store's, or the writer's hand-in group. */
  gid_t gid = how == UPLOAD_PERMS_SHARED || mine ? top.st_gid : handin_group(top.st_gid);
  if (st.st_gid != gid && chown(path, (uid_t)-1, gid) != 0) return -1;
  mode_t mode = how == UPLOAD_PERMS_SHARED ? 0640 : mine ? 0600 : how == UPLOAD_PERMS_KEPT ? 0440 : 0040;
  return chmod(path, mode);
}
