#!/bin/sh
# The size limits of docs/STYLE.md: no source file over 600 lines and no
# function over 80, except those the "Exceptions to the size limits" section
# of STYLE.md names with a reason.  A function is found the way the style
# writes it: its name at the start of a line, its braces in column 0.
srcdir=${srcdir:-.}
style=$srcdir/docs/STYLE.md
max_file=600 max_func=80

# The names between backquotes on the list lines of the exceptions section.
allowed=$(awk '/^## Exceptions to the size limits/ { on = 1; next }
	/^## / { on = 0 }
	on && /^- `/ { s = $0; sub(/^- `/, "", s); sub(/`.*/, "", s); print s }' "$style")
grep -q '^## Exceptions to the size limits' "$style" ||
	{ echo "sizes: no exceptions section in $style" >&2; exit 99; }

is_allowed() {
	printf '%s\n' "$allowed" | grep -Fqx -- "$1"
}

status=0
files=$(cd "$srcdir" && find src -name '*.[ch]' ! -name embedded_data.c | LC_ALL=C sort)
[ -n "$files" ] || { echo "sizes: no sources under $srcdir/src" >&2; exit 99; }
for f in $files; do
	n=$(wc -l < "$srcdir/$f")
	if [ "$n" -gt "$max_file" ] && ! is_allowed "$f"; then
		echo "$f: $n lines (limit $max_file)"
		status=1
	fi
	long=$(awk -v max="$max_func" '
		/^[A-Za-z_][A-Za-z0-9_]*\(/ { name = $0; sub(/\(.*/, "", name); next }
		/^\{/ && name != "" { start = NR; next }
		/^\}/ && start { n = NR - start + 1; if (n > max) print name "() " n; start = 0; name = "" }
	' "$srcdir/$f")
	[ -n "$long" ] || continue
	while read -r fn len; do
		if ! is_allowed "$fn"; then
			echo "$f: $fn $len lines (limit $max_func)"
			status=1
		fi
	done <<-EOT
	$long
	EOT
done
# An exception that no longer applies is dropped from the list, so that the
# list stays the truth.
for a in $allowed; do
	case $a in
	*"()") grep -q "^${a%??}(" $(printf "$srcdir/%s " $files) || { echo "STYLE.md names $a, which no longer exists"; status=1; } ;;
	*) [ -f "$srcdir/$a" ] || { echo "STYLE.md names $a, which no longer exists"; status=1; } ;;
	esac
done
exit $status
