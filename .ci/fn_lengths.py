#!/usr/bin/env python3
"""Lists Rust functions by length: lines from `fn` to its closing brace,
`#[cfg(test)]` items left out.

    python3 .ci/fn_lengths.py [--over N] [--max-over N] [--limit N] DIR...

--over N lists the functions longer than N lines; with --max-over K the
script fails (exit 1) when more than K are; with --limit L it fails when any
function is longer than L lines. `.ci/run` keeps src/ at most two functions
over 80 lines and none over 120."""
import os, re, sys

def strip(src):
    """Blank out comments, strings and chars so braces can be counted."""
    out = []; i = 0; n = len(src)
    while i < n:
        c = src[i]
        if src.startswith('//', i):
            j = src.find('\n', i); j = n if j < 0 else j
            out.append(' ' * (j - i)); i = j; continue
        if src.startswith('/*', i):
            depth = 0; j = i
            while j < n:
                if src.startswith('/*', j): depth += 1; j += 2; continue
                if src.startswith('*/', j):
                    depth -= 1; j += 2
                    if depth == 0: break
                    continue
                j += 1
            out.append(re.sub(r'[^\n]', ' ', src[i:j])); i = j; continue
        m = re.match(r'b?r(#*)"', src[i:i+10])
        if m and (i == 0 or not (src[i-1].isalnum() or src[i-1] == '_')):
            end = '"' + m.group(1)
            j = src.find(end, i + len(m.group(0)))
            j = n if j < 0 else j + len(end)
            out.append(re.sub(r'[^\n]', ' ', src[i:j])); i = j; continue
        if c == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == '\\' else 1
            j += 1
            out.append(re.sub(r'[^\n]', ' ', src[i:j])); i = j; continue
        if c == "'":
            m = re.match(r"'(\\.[^']*|[^\\'])'", src[i:i+12])
            if m:
                out.append(' ' * len(m.group(0))); i += len(m.group(0)); continue
        out.append(c); i += 1
    return ''.join(out)

def functions(path):
    src = open(path, encoding='utf-8').read()
    s = strip(src)
    lines = s.split('\n')
    # offsets of line starts
    starts = [0]
    for l in lines: starts.append(starts[-1] + len(l) + 1)
    def line_of(off):
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= off: lo = mid
            else: hi = mid - 1
        return lo + 1
    def match_brace(open_at):
        depth = 0
        for k in range(open_at, len(s)):
            if s[k] == '{': depth += 1
            elif s[k] == '}':
                depth -= 1
                if depth == 0: return k
        return len(s) - 1
    skip = []  # ranges of cfg(test) items
    for m in re.finditer(r'#\[cfg\(test\)\]\s*(pub(\([a-z]+\))?\s+)?(mod|fn|impl)\b[^{;]*\{', s):
        skip.append((m.start(), match_brace(m.end() - 1)))
    out = []
    for m in re.finditer(r'\bfn\s+([A-Za-z_][A-Za-z0-9_]*)', s):
        if any(a <= m.start() <= b for a, b in skip): continue
        # find body: first '{' or ';' at paren/angle depth 0 after signature
        k = m.end(); depth = 0
        while k < len(s):
            ch = s[k]
            if ch in '([': depth += 1
            elif ch in ')]': depth -= 1
            elif depth == 0 and ch in '{;': break
            k += 1
        if k >= len(s) or s[k] == ';': continue
        end = match_brace(k)
        a, b = line_of(m.start()), line_of(end)
        out.append((b - a + 1, path, a, m.group(1)))
    return out

def main(argv):
    over = 0; max_over = None; limit = None; dirs = []
    it = iter(argv)
    for a in it:
        if a == '--over': over = int(next(it))
        elif a == '--max-over': max_over = int(next(it))
        elif a == '--limit': limit = int(next(it))
        else: dirs.append(a)
    allf = []
    for d in dirs:
        for root, _, files in os.walk(d):
            for f in files:
                if f.endswith('.rs'): allf += functions(os.path.join(root, f))
    allf.sort(reverse=True)
    shown = [f for f in allf if f[0] > over]
    for n, p, a, name in shown:
        print(f'{n:5} {p}:{a} {name}')
    longest = allf[0][0] if allf else 0
    print(f'{len(allf)} functions; {len(shown)} over {over} lines; longest {longest}')
    if max_over is not None and len(shown) > max_over:
        print(f'error: more than {max_over} functions over {over} lines'); sys.exit(1)
    if limit is not None and longest > limit:
        print(f'error: a function is over {limit} lines'); sys.exit(1)

main(sys.argv[1:])
