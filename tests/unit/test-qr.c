/* test-qr.c: QR symbols decode (zbarimg) to exactly what was encoded, from the receipt PNG too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gd.h>
#include <qrencode.h>

#include "rules/png-write.h"
#include "rules/qr.h"
#include "rules/receipt-png.h"
#include "tap.h"

static const char *font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
static const char *bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

/* Decodes a PNG with zbarimg; returns the first symbol's text or "". */
static void decode(const unsigned char *png, int len, char *out, size_t n)
{
  char path[] = "/tmp/motcua-qr-XXXXXX";
  int fd = mkstemp(path);
  out[0] = '\0';
  if (fd < 0) return;
  if (write(fd, png, (size_t)len) != len) { close(fd); unlink(path); return; }
  close(fd);
  char cmd[128];
  snprintf(cmd, sizeof cmd, "zbarimg --raw -q %s 2>/dev/null", path);
  FILE *p = popen(cmd, "r");
  if (p) {
    if (!fgets(out, (int)n, p)) out[0] = '\0';
    pclose(p);
  }
  out[strcspn(out, "\n")] = '\0';
  unlink(path);
}

/* 1 when two PNGs hold the same pixels (read with libgd). */
static int same_pixels(const unsigned char *p1, int n1, const unsigned char *p2, int n2)
{
  gdImagePtr a = gdImageCreateFromPngPtr(n1, (void *)p1), b = gdImageCreateFromPngPtr(n2, (void *)p2);
  int same = a && b && gdImageSX(a) == gdImageSX(b) && gdImageSY(a) == gdImageSY(b);
  for (int y = 0; same && y < gdImageSY(a); y++)
    for (int x = 0; same && x < gdImageSX(a); x++)
      same = gdImageRed(a, gdImageGetPixel(a, x, y)) == gdImageRed(b, gdImageGetPixel(b, x, y));
  if (a) gdImageDestroy(a);
  if (b) gdImageDestroy(b);
  return same;
}

static int plain_png(const struct qr *q, unsigned char **png, int *len)
{
  int px = 6, size = (q->width + 8) * px;
  gdImagePtr im = gdImageCreate(size, size);
  if (!im) return -1;
  int white = gdImageColorAllocate(im, 255, 255, 255), black = gdImageColorAllocate(im, 0, 0, 0);
  gdImageFilledRectangle(im, 0, 0, size - 1, size - 1, white);
  for (int y = 0; y < q->width; y++)
    for (int x = 0; x < q->width; x++)
      if (q->dark[y * q->width + x])
        gdImageFilledRectangle(im, (x + 4) * px, (y + 4) * px, (x + 5) * px - 1, (y + 5) * px - 1, black);
  *png = gdImagePngPtr(im, len);
  gdImageDestroy(im);
  return *png ? 0 : -1;
}

int main(void)
{
  char longtext[301];
  memset(longtext, 'x', 300);
  longtext[300] = '\0';
  const char *texts[] = { "hello", "http://127.0.0.1:8080/ho-so/000.00.10.H26-251124-0001?k=AbCdEfGhIjKlMnOpQrStUv",
                          "https://dichvucong.hanoi.gov.vn/ho-so/000.01.51.H26-261231-9999?k=-_-_-_-_-_-_-_-_-_-_-_", longtext };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    struct qr q;
    CHECK(qr_make(texts[i], &q) == 0 && q.width >= 21, "encode text %zu (width %d)", i, q.width);
    char *svg = NULL;
    size_t len = 0;
    CHECK(qr_svg(&q, 4, &svg, &len) == 0 && strncmp(svg, "<svg", 4) == 0 && strstr(svg, "aria-label=") && strstr(svg, "</svg>"),
          "SVG for text %zu", i);
    CHECK(svg && strstr(svg, "<script") == NULL && len == strlen(svg), "SVG is plain markup of the stated length");
    free(svg);
    unsigned char *png = NULL;
    int plen = 0;
    char got[512];
    if (plain_png(&q, &png, &plen) == 0) decode(png, plen, got, sizeof got);
    else got[0] = '\0';
    CHECK(strcmp(got, texts[i]) == 0, "zbarimg decodes text %zu exactly", i);
    gdFree(png);
    qr_free(&q);
  }
  struct qr q;
  CHECK(qr_make("", &q) == -1, "empty text refused");

  /* qr_make scores the eight masks itself (qr.c): the same symbol as
   * libqrencode's own choice, module for module, for receipt-like URLs
   * (version 5) and any bytes of 1-300 (versions 1-13: over 64 modules
   * wide, libqrencode's search). */
  static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  unsigned seed = 12345;
  int differ = 0, masks[8] = { 0 };
  const int cases = 2000;
  for (int i = 0; i < cases; i++) {
    char t[320];
    int k = 0;
#define RND() (seed = seed * 1103515245u + 12345u, seed >> 12)
    if (i % 2) {
      unsigned month = RND() % 12 + 1, day = RND() % 28 + 1;
      k = snprintf(t, sizeof t, "https://motcua.example.vn/ho-so/000.%02d.%02d.H26-26%02u%02u-%04d?k=", i % 99, i / 7 % 99, month, day, i);
      for (int j = 0; j < 22; j++) t[k++] = b64[RND() & 63];
    } else {
      for (int n = 1 + (int)(RND() % 300); k < n;) t[k++] = (char)(1 + RND() % 255);
    }
    t[k] = '\0';
#undef RND
    QRcode *c = QRcode_encodeString8bit(t, 0, QR_ECLEVEL_M);
    int same = c && qr_make(t, &q) == 0 && q.width == c->width;
    for (int m = 0; same && m < q.width * q.width; m++) same = q.dark[m] == (c->data[m] & 1);
    if (same) {   /* the mask that won: format bits 10-12 (ISO/IEC 18004 7.9.1: at column 8 of rows w - 5 to w - 3), 0x5412's 101 undone */
      int w = q.width;
      masks[(q.dark[(w - 5) * w + 8] | q.dark[(w - 4) * w + 8] << 1 | q.dark[(w - 3) * w + 8] << 2) ^ 5]++;
    }
    differ += !same;
    if (c) QRcode_free(c);
    if (same) qr_free(&q);
  }
  CHECK(differ == 0, "%d symbols the same as libqrencode's (%d differ)", cases, differ);
  int seen = 0;
  for (int m = 0; m < 8; m++) seen += masks[m] > 0;
  CHECK(seen == 8, "each of the eight masks chosen for some (%d %d %d %d %d %d %d %d)", masks[0], masks[1], masks[2], masks[3],
        masks[4], masks[5], masks[6], masks[7]);

  struct receipt_doc docs[5] = {
    { "Tờ khai đăng ký khai sinh theo mẫu", "Bản chính: 1" },
    { "Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh", "Bản chính: 1" },
    { "Văn bản ủy quyền", "Bản chính: 1" }, { "Giấy tờ tùy thân của người đi đăng ký", "Bản sao: 1" }, { "Sổ hộ khẩu", "Bản sao: 1" },
  };
  struct receipt r = {
    .l = { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
           "Mã hồ sơ", "Tiếp nhận hồ sơ của", "Thủ tục", "Nơi tiếp nhận", "Hình thức nộp", "Thành phần hồ sơ đã nhận",
           "Thời gian tiếp nhận", "Ngày hẹn trả kết quả", "Hình thức nhận kết quả", "Quét mã QR để xem tình trạng hồ sơ.",
           "Hoặc truy cập", "và nhập mã hồ sơ cùng 4 số cuối số định danh cá nhân." },
    .site_name = "Trung tâm Phục vụ hành chính công thành phố Hà Nội", .agency_name = "UBND phường Hoàn Kiếm",
    .point_name = "UBND phường Hoàn Kiếm", .code = "000.01.10.H26-251124-0001",
    .procedure = "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    .applicant = "Nguyễn V** A**", .docs = docs, .ndocs = 2, .received = "09 giờ 30 phút, ngày 24/11/2025",
    .due = "17 giờ 00 phút, ngày 27/11/2025", .return_method = "Nhận trực tiếp tại bộ phận một cửa", .channel = "Trực tuyến",
    .status_url = texts[1], .lookup_url = "http://127.0.0.1:8080/tra-cuu", .font_regular = font, .font_bold = bold,
  };
  unsigned char *png = NULL;
  int len = 0, h2 = 0, h5 = 0;
  CHECK(receipt_png(&r, &png, &len) == 0 && len > 8 && memcmp(png, "\x89PNG", 4) == 0, "receipt PNG drawn (%d bytes)", len);
  if (png) {
    gdImagePtr im = gdImageCreateFromPngPtr(len, png);
    if (im) { h2 = gdImageSY(im); gdImageDestroy(im); }
    char got[512];
    decode(png, len, got, sizeof got);
    CHECK(strcmp(got, texts[1]) == 0, "the receipt's QR decodes to the status URL");
    FILE *f = fopen("/tmp/motcua-sample-receipt.png", "wb");
    if (f) { fwrite(png, 1, (size_t)len, f); fclose(f); }
    gdFree(png);
  }
  r.ndocs = 5;
  if (receipt_png(&r, &png, &len) == 0) {
    gdImagePtr im = gdImageCreateFromPngPtr(len, png);
    if (im) { h5 = gdImageSY(im); gdImageDestroy(im); }
    gdFree(png);
  }
  CHECK(h5 > h2 && h2 > 0, "more documents make a taller receipt (%d > %d)", h5, h2);
  /* Paragraphs and rows kept from one receipt (receipt-png.c, png-write.c) taken into another's: the same
   * pixels as drawn cold, and never the first dossier's code, name or times. */
  struct receipt other = r;
  other.code = "000.01.10.H26-251124-0002";
  other.applicant = "Trần T** B**";
  other.received = "10 giờ 05 phút, ngày 24/11/2025";
  other.due = "16 giờ 30 phút, ngày 28/11/2025";
  other.status_url = texts[2];
  other.ndocs = 3;
  for (int k = 0; k < 2; k++) {
    unsigned char *first = NULL, *warm = NULL, *cold = NULL;
    int n1 = 0, nw = 0, nc = 0;
    receipt_forget();
    const struct receipt *x = k ? &other : &r, *y = k ? &r : &other;
    int ok = receipt_png(x, &first, &n1) == 0 && receipt_png(y, &warm, &nw) == 0;
    receipt_forget();
    ok = ok && receipt_png(y, &cold, &nc) == 0;
    CHECK(ok && same_pixels(warm, nw, cold, nc), "a receipt drawn after another dossier's has the pixels it has drawn first (%d)", k);
    CHECK(ok && !same_pixels(first, n1, warm, nw), "and differs from the other dossier's");
    char got[512];
    if (ok) decode(warm, nw, got, sizeof got);
    CHECK(ok && strcmp(got, y->status_url) == 0, "its QR decodes to its own status URL");
    free(first);
    free(warm);
    free(cold);
  }
  /* The same receipt for another dossier of the same procedure, documents and
   * channel: nothing more is kept, so no row of a code, name, time or QR was. */
  struct receipt same = other;
  same.code = "000.01.10.H26-251124-0003";
  same.applicant = "Lê Q** H**";
  same.received = "11 giờ 15 phút, ngày 24/11/2025";
  same.due = "15 giờ 45 phút, ngày 29/11/2025";
  char url[200];
  snprintf(url, sizeof url, "%s", texts[2]);
  url[strlen(url) - 3] = 'Z';   /* its own token; a QR of the same size */
  same.status_url = url;
  unsigned char *p1 = NULL, *p2 = NULL;
  int l1 = 0, l2 = 0;
  receipt_forget();
  int ok = receipt_png(&other, &p1, &l1) == 0, kept = png_kept_rows();
  ok = ok && receipt_png(&same, &p2, &l2) == 0;
  CHECK(ok && kept > 300 && png_kept_rows() == kept, "a second dossier keeps no row more (%d rows kept, then %d)", kept, png_kept_rows());
  free(p1);
  free(p2);
  r.font_regular = "/nonexistent/font.ttf";
  CHECK(receipt_png(&r, &png, &len) == -1, "a missing font fails cleanly");
  gdFontCacheShutdown();
  return tap_done();
}
