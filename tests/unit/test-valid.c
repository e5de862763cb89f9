/* test-valid.c: validators: valid, invalid and boundary cases for everything a citizen types. */
#include <string.h>

#include "tap.h"
#include "rules/valid.h"

int main(void)
{
  static const struct { const char *s; int ok; const char *why; } utf8[] = {
    { "Nguyễn", 1, "Vietnamese" }, { "abc", 1, "ASCII" }, { "\xf0\x9f\x98\x80", 1, "4-byte emoji" },
    { "\xff", 0, "0xFF" }, { "\xc0\xaf", 0, "overlong slash" }, { "\xe0\x80\xaf", 0, "overlong 3-byte" },
    { "\xed\xa0\x80", 0, "surrogate" }, { "\xf4\x90\x80\x80", 0, "above U+10FFFF" }, { "\xe1\xbb", 0, "truncated" },
    { "\x80", 0, "lone continuation" },
  };
  for (size_t i = 0; i < sizeof utf8 / sizeof *utf8; i++)
    CHECK(valid_utf8(utf8[i].s, strlen(utf8[i].s)) == utf8[i].ok, "utf8 %s = %d", utf8[i].why, utf8[i].ok);
  CHECK(valid_utf8_chars("Nguyễn Văn") == 10, "code points counted, not bytes");

  static const struct { const char *s; size_t max; int ml, ok; const char *why; } text[] = {
    { "Số 12 phố Hàng Bài", 300, 0, 1, "address" }, { "", 10, 0, 0, "empty" }, { "abcd", 3, 0, 0, "over max" },
    { "Việt", 4, 0, 1, "exactly max code points" }, { "a\tb", 10, 0, 0, "tab on one line" }, { "a\nb", 10, 1, 1, "newline in multiline" },
    { "a\x01" "b", 10, 1, 0, "control char" }, { "a\xc2\x85" "b", 10, 1, 0, "C1 control" }, { "a\xe2\x80\xae" "b", 10, 0, 0, "bidi override" },
    { "\xef\xbf\xbf", 10, 0, 0, "noncharacter U+FFFF" }, { "Nguy\xff", 10, 0, 0, "invalid UTF-8" },
  };
  for (size_t i = 0; i < sizeof text / sizeof *text; i++)
    CHECK(valid_text(text[i].s, text[i].max, text[i].ml) == text[i].ok, "text %s = %d", text[i].why, text[i].ok);

  static const struct { const char *s; int ok; } names[] = {
    { "Nguyễn Văn An", 1 }, { "Đặng Thị Ánh Tuyết", 1 }, { "O'Neil Mary-Jane", 1 }, { "李小龙", 1 },
    { "An2", 0 }, { "A", 0 }, { "<script>", 0 }, { "Nguyễn; DROP", 0 }, { "", 0 },
  };
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    CHECK(valid_person_name(names[i].s) == names[i].ok, "name '%s' = %d", names[i].s, names[i].ok);

  static const struct { const char *s; int ok; } ids[] = {
    { "001090012345", 1 }, { "079301000001", 1 }, { "096200123456", 1 }, { "003090012345", 0 /* no province 003 */ },
    { "00109001234", 0 }, { "0010900123456", 0 }, { "00109001234a", 0 }, { "", 0 }, { "097090012345", 0 },
  };
  for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
    CHECK(valid_idnumber(ids[i].s) == ids[i].ok, "id '%s' = %d", ids[i].s, ids[i].ok);
  static const struct { const char *id; int year, ok; } births[] = {
    { "001090012345", 1990, 1 }, { "001190012345", 1990, 1 }, { "001205012345", 2005, 1 }, { "001305012345", 2005, 1 },
    { "001090012345", 1991, 0 }, { "001205012345", 1905, 0 }, { "001899012345", 1899, 1 },
  };
  for (size_t i = 0; i < sizeof births / sizeof *births; i++)
    CHECK(valid_idnumber_matches_birth(births[i].id, births[i].year) == births[i].ok, "id %s born %d = %d", births[i].id, births[i].year, births[i].ok);

  static const struct { const char *s; int ok; const char *norm; } phones[] = {
    { "0912345678", 1, "0912345678" }, { "0912 345 678", 1, "0912345678" }, { "+84 912 345 678", 1, "0912345678" },
    { "84912345678", 1, "0912345678" }, { "0243.825.1234", 1, "02438251234" }, { "091234567", 0, NULL },
    { "0112345678", 0, NULL }, { "+1 202 555 0100", 0, NULL }, { "abc", 0, NULL }, { "", 0, NULL },
  };
  for (size_t i = 0; i < sizeof phones / sizeof *phones; i++) {
    char norm[16] = "";
    int ok = valid_phone(phones[i].s, norm, sizeof norm);
    CHECK(ok == phones[i].ok && (!ok || strcmp(norm, phones[i].norm) == 0), "phone '%s' = %d (%s)", phones[i].s, phones[i].ok, norm);
  }
  static const struct { const char *s; int ok; } emails[] = {
    { "an.nguyen@example.vn", 1 }, { "a+b@hanoi.gov.vn", 1 }, { "no-at.example.vn", 0 }, { "a@b", 0 }, { "a@@b.vn", 0 },
    { ".a@b.vn", 0 }, { "a.@b.vn", 0 }, { "a@b..vn", 0 }, { "a@-b.vn", 0 }, { "a b@c.vn", 0 }, { "a@b.vn.", 0 },
  };
  for (size_t i = 0; i < sizeof emails / sizeof *emails; i++)
    CHECK(valid_email(emails[i].s) == emails[i].ok, "email '%s' = %d", emails[i].s, emails[i].ok);
  static const struct { const char *s; long min, max; int ok; } ints[] = {
    { "42", 0, 100, 1 }, { "0", 0, 100, 1 }, { "100", 0, 100, 1 }, { "101", 0, 100, 0 }, { "-1", 0, 100, 0 },
    { "-1", -5, 5, 1 }, { " 1", 0, 9, 0 }, { "1x", 0, 9, 0 }, { "", 0, 9, 0 }, { "99999999999999999999", 0, 9, 0 }, { "+1", 0, 9, 0 },
  };
  for (size_t i = 0; i < sizeof ints / sizeof *ints; i++)
    CHECK(valid_int(ints[i].s, ints[i].min, ints[i].max, NULL) == ints[i].ok, "int '%s' in [%ld,%ld] = %d", ints[i].s, ints[i].min, ints[i].max, ints[i].ok);
  CHECK(valid_slug("tu-phap-ho-tich", 40) == 1 && valid_slug("Tu-phap", 40) == 0 && valid_slug("", 40) == 0 && valid_slug("abc", 2) == 0, "slugs");
  char sq[] = "  Nguyễn \t  Văn   An  ";
  valid_squeeze(sq);
  CHECK(strcmp(sq, "Nguyễn Văn An") == 0, "squeeze blanks (got '%s')", sq);
  /* What ClearSilver's parser may see (issue 10, item 1: a multipart body
   * without a boundary crashed a worker). */
  static const struct { const char *ct; int ok; const char *why; } ctypes[] = {
    { "application/x-www-form-urlencoded", 1, "urlencoded" },
    { "application/x-www-form-urlencoded; charset=UTF-8", 1, "urlencoded with charset" },
    { "Multipart/Form-Data; boundary=----abc123", 1, "multipart, case-insensitive type" },
    { "multipart/form-data; boundary=\"a b'()+_,-./:=?\"", 1, "quoted boundary with every bchar" },
    { "multipart/form-data; charset=utf-8; boundary=x", 1, "boundary after another parameter" },
    { "multipart/form-data", 0, "multipart without boundary" },
    { "multipart/form-data;", 0, "multipart, empty parameter list" },
    { "multipart/form-data; boundary=", 0, "empty boundary" },
    { "multipart/form-data; boundary=\"\"", 0, "empty quoted boundary" },
    { "multipart/form-data; boundary=\"ab \"", 0, "boundary ending in a space" },
    { "multipart/form-data; boundary=a<b", 0, "a character outside bchars" },
    { "multipart/form-data; boundary=a; boundary=b", 0, "two boundaries" },
    { "multipart/form-data; boundary=\"abc", 0, "unterminated quote" },
    { "multipart/form-dataX; boundary=a", 0, "another type with the same prefix" },
    { "text/plain", 0, "text/plain" }, { "", 0, "empty" }, { "application/json", 0, "json" },
  };
  for (size_t i = 0; i < sizeof ctypes / sizeof *ctypes; i++)
    CHECK((valid_form_ctype(ctypes[i].ct, NULL, 0) != 0) == ctypes[i].ok, "content type: %s = %d", ctypes[i].why, ctypes[i].ok);
  char b70[71], b71[72];
  memset(b70, 'b', 70); b70[70] = '\0';
  memset(b71, 'b', 71); b71[71] = '\0';
  CHECK(valid_boundary(b70, 70), "a boundary of 70 characters is valid");
  CHECK(!valid_boundary(b71, 71), "a boundary of 71 characters is not");
  CHECK(!valid_form_ctype(NULL, NULL, 0), "no content type");
  char b[80];
  CHECK(valid_form_ctype("multipart/form-data; charset=utf-8; BOUNDARY=\"a b\"", b, sizeof b) == 2 && strcmp(b, "a b") == 0,
        "the boundary is handed back for the parser (got %s)", b);
  /* Found by fuzzing: a parameter name with a space that ClearSilver reads
   * as the end of its parameters, leaving it no boundary at all. */
  CHECK(!valid_form_ctype("multipart/form-data; b o=x; boundary=AAGA", NULL, 0), "a parameter name that is no token");

  return tap_done();
}
