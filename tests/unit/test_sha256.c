/* Unit tests for core/sha256: the example messages of FIPS 180-4 (NIST's
 * published SHA-256 examples), the padding boundaries, incremental feeding
 * in chunks that straddle the 64-byte block, and the hex form. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/sha256.h"
#include "core/util.h"

/* The two-block example: 896 bits, which leaves no room for the length in
 * the second block and so needs a third, padding-only one. */
static const char msg896[] = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
			     "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
static const char dig896[] = "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1";

/* Hex of a raw digest, written here rather than with sha256_hex so that
 * the streaming interface is checked independently of the formatter. */
static void
to_hex(const unsigned char d[32], char hex[65])
{
	static const char digits[] = "0123456789abcdef";
	for (int i = 0; i < 32; i++) {
		hex[2 * i] = digits[d[i] >> 4];
		hex[2 * i + 1] = digits[d[i] & 15];
	}
	hex[64] = '\0';
}

/* The digest of data fed in pieces of the given sizes, cycled until the
 * data is used up. */
static void
chunked(const void *data, size_t n, const size_t *sizes, size_t nsizes, char hex[65])
{
	const unsigned char *p = data;
	sha256_ctx c;
	unsigned char d[32];
	sha256_init(&c);
	for (size_t i = 0; n; i++) {
		size_t take = sizes[i % nsizes] < n ? sizes[i % nsizes] : n;
		sha256_update(&c, p, take);
		p += take;
		n -= take;
	}
	sha256_final(&c, d);
	to_hex(d, hex);
}

static void
test_empty(void **state)
{
	(void)state;
	char hex[65];
	sha256_hex("", 0, hex);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	/* No update at all is the same message as an empty one. */
	sha256_ctx c;
	unsigned char d[32];
	sha256_init(&c);
	sha256_final(&c, d);
	to_hex(d, hex);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void
test_abc(void **state)
{
	(void)state;
	char hex[65];
	sha256_hex("abc", 3, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	/* The raw bytes, big-endian words: the first and the last one. */
	sha256_ctx c;
	unsigned char d[32];
	sha256_init(&c);
	sha256_update(&c, "abc", 3);
	sha256_final(&c, d);
	static const unsigned char head[4] = {0xba, 0x78, 0x16, 0xbf}, tail[4] = {0xf2, 0x00, 0x15, 0xad};
	assert_memory_equal(d, head, 4);
	assert_memory_equal(d + 28, tail, 4);
}

/* 448 bits: 56 bytes, so the 0x80 byte lands where the length would go and
 * the length moves to a second block. */
static void
test_448_bits(void **state)
{
	(void)state;
	static const char m[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	char hex[65];
	assert_int_equal(sizeof m - 1, 56);
	sha256_hex(m, sizeof m - 1, hex);
	assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void
test_896_bits(void **state)
{
	(void)state;
	char hex[65];
	assert_int_equal(sizeof msg896 - 1, 112);
	sha256_hex(msg896, sizeof msg896 - 1, hex);
	assert_string_equal(hex, dig896);
}

/* One million 'a': many blocks and a length field wider than two bytes;
 * once in one call and once as a thousand updates of a thousand bytes. */
static void
test_million_a(void **state)
{
	(void)state;
	static const char want[] = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
	char hex[65];
	char *m = xmalloc(1000000);
	memset(m, 'a', 1000000);
	sha256_hex(m, 1000000, hex);
	assert_string_equal(hex, want);
	sha256_ctx c;
	unsigned char d[32];
	sha256_init(&c);
	for (int i = 0; i < 1000; i++)
		sha256_update(&c, m, 1000);
	assert_true(c.len == 1000000);
	sha256_final(&c, d);
	to_hex(d, hex);
	assert_string_equal(hex, want);
	free(m);
}

/* Lengths around the padding limits (55 still fits the length in the same
 * block, 56 does not; 64 is exactly one block).  Digests as computed by
 * coreutils sha256sum and Python's hashlib. */
static void
test_padding_boundaries(void **state)
{
	(void)state;
	static const struct {
		size_t n;
		const char *hex;
	} v[] = {
		{55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
		{56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
		{63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
		{64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
		{65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
		{119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
		{120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
	};
	char m[120], hex[65];
	memset(m, 'a', sizeof m);
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		sha256_hex(m, v[i].n, hex);
		assert_string_equal(hex, v[i].hex);
	}
}

/* Pieces of 1, 63, 64 and 65 bytes (and mixtures) cross the block edge at
 * every offset; the digest must not depend on how the bytes arrive. */
static void
test_incremental(void **state)
{
	(void)state;
	static const size_t one[] = {1}, s63[] = {63}, s64[] = {64}, s65[] = {65};
	static const size_t mixed[] = {1, 63, 64, 65, 0, 7};
	static const struct {
		const size_t *v;
		size_t n;
	} plans[] = {{one, 1}, {s63, 1}, {s64, 1}, {s65, 1}, {mixed, 6}};
	char hex[65], whole[65];

	/* A known answer, so that a consistently wrong update cannot pass. */
	for (size_t i = 0; i < sizeof plans / sizeof plans[0]; i++) {
		chunked(msg896, sizeof msg896 - 1, plans[i].v, plans[i].n, hex);
		assert_string_equal(hex, dig896);
	}
	/* A longer message with every byte value, against the one-call digest
	 * (from hashlib: sha256(bytes((i * 7 + 3) & 0xff for i in range(1000)))). */
	unsigned char m[1000];
	for (size_t i = 0; i < sizeof m; i++)
		m[i] = (unsigned char)((i * 7 + 3) & 0xff);
	sha256_hex(m, sizeof m, whole);
	assert_string_equal(whole, "1e9bc38cbf860b9ec31918b065f9b52476c549a782e0e7990bed8ce3868d2371");
	for (size_t i = 0; i < sizeof plans / sizeof plans[0]; i++) {
		chunked(m, sizeof m, plans[i].v, plans[i].n, hex);
		assert_string_equal(hex, whole);
	}
	/* An empty update changes nothing. */
	sha256_ctx c;
	unsigned char d[32];
	sha256_init(&c);
	sha256_update(&c, "ab", 2);
	sha256_update(&c, "", 0);
	sha256_update(&c, "c", 1);
	sha256_final(&c, d);
	to_hex(d, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

/* sha256_hex writes 64 lower-case hex digits and a NUL into hex[65] and
 * nothing beyond it. */
static void
test_hex_format(void **state)
{
	(void)state;
	char buf[80];
	memset(buf, 'X', sizeof buf);
	sha256_hex("abc", 3, buf);
	assert_int_equal(buf[64], '\0');
	assert_int_equal(strlen(buf), 64);
	for (size_t i = 0; i < 64; i++)
		assert_non_null(strchr("0123456789abcdef", buf[i]));
	for (size_t i = 65; i < sizeof buf; i++)
		assert_int_equal(buf[i], 'X');
	/* The same digest as the streaming interface gives. */
	sha256_ctx c;
	unsigned char d[32];
	char hex[65];
	sha256_init(&c);
	sha256_update(&c, "abc", 3);
	sha256_final(&c, d);
	to_hex(d, hex);
	assert_string_equal(buf, hex);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),       cmocka_unit_test(test_abc),
		cmocka_unit_test(test_448_bits),    cmocka_unit_test(test_896_bits),
		cmocka_unit_test(test_million_a),   cmocka_unit_test(test_padding_boundaries),
		cmocka_unit_test(test_incremental), cmocka_unit_test(test_hex_format),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
