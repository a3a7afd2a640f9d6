"""Wild7 truth for sigirtokyo/sigirtokyo.github.io content/post/2020-10-31-irreading_2020fall.md: a
Japanese event page of ACM SIGIR Tokyo ('IR Reading 2020秋（オンライン） 開催案内', a paper-reading meeting),
Hugo front matter, Japanese prose, an invited talk with a two-item '#### 参考文献' (references) list,
and a '## プログラム' (programme) of six sessions, each an HTML <table> written into the Markdown with
columns 時間 (time) | 論文 (paper) | 発表者 (presenter).

Entries:
- every paper named in the 論文 cell of a programme row.  A cell may name several papers separated by
  '<br>' and a line break (2 or 3 per cell); each is an entry on its own line (first = last = that line).
  A row naming one paper is an entry on the row's lines (one row, 165-166, runs over two lines, the
  paper then '<br>' and the closing cells on the next line; row 221-222 names one paper and then a note
  naming none, so it too is one entry on both lines).
- the two references under '#### 参考文献' (lines 56-57 and 59-60): a linked title, then the venue line
  ('人工知能, Vol.35, ...' is a column article of the JSAI journal, the other a RecSys 2020 paper with
  a dl.acm.org DOI link).
Not entries: 'オープニング・趣旨説明' / 'クロージング' (opening / closing), the invited talk (row 204 and the
'## 招待講演' section: a talk), 'Conversational Information Retrieval のテーマでいくつか' ('a few on the
theme of ...', no paper named) and 'SIGIR 2020かCIKM 2020からもう1本くらい紹介するかも' ('may introduce
about one more from SIGIR 2020 or CIKM 2020', no paper named), the conference links of '## 対象会議'.

Title: the paper text without the venue parenthesis at its end, ASCII or full-width ('(SIGIR 2020)',
'（CIKM 2020）', '(SIGIR 2020 Best Paper Honourable Mention)', '(TOIS)', '(Webconf 2020)'); the final
'.' of 'Conversations with Documents.' is dropped as a separator.  'ColBERT (SIGIR 2020) (タイトルに BERT
...)' names the paper by its system name only: entry, title null.  A reference's title is its link text.

Counts (second count by eye per session): S1 4, S2 7 (1+1+2+2+1), S3 5 (1+1+2+1), S4 8 (2+3+1+1+1),
S5 0 (invited talk), S6 6 (1+1+1+1+2), references 2 = 32 entries; 27 programme rows (6+5+4+5+1+6) with '<tr><td>'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "sigirtokyo__sigirtokyo.github.io__content__post__2020-10-31-irreading_2020fall@34e562f.md"
PART = "wild7_development"
NOT_PAPERS = ("オープニング・趣旨説明", "クロージング", "Conversational Information Retrieval のテーマでいくつか",
              "SIGIR 2020かCIKM 2020からもう1本くらい紹介するかも")
VENUE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    per_session: dict[str, int] = {}
    session = ""
    i = 0
    while i < len(lines):
        text = lines[i]
        if text.startswith("### セッション"):
            session = text.split()[1]
        if not text.lstrip().startswith("<tr><td>"):
            i += 1
            continue
        rows += 1
        s = i + 1
        e = s
        while "</tr>" not in lines[e - 1]:
            e += 1
        i = e
        block = "\n".join(lines[s - 1 : e])
        start = block.index("</td><td>") + len("</td><td>")
        stop = block.index("</td><td>", start)
        cell = block[start:stop]
        if 'href="#lecture"' in cell:
            continue  # the invited talk
        pieces = []
        pos = start
        for piece in cell.split("<br>"):
            first_char = pos + len(piece) - len(piece.lstrip())
            pieces.append((s + block.count("\n", 0, first_char), piece.strip()))
            pos += len(piece) + len("<br>")
        pieces = [(ln, p) for ln, p in pieces if p and p not in NOT_PAPERS]
        for ln, piece in pieces:
            first, last = (s, e) if len(pieces) == 1 else (ln, ln)
            title = None if piece.startswith("ColBERT (SIGIR 2020)") else VENUE.sub("", piece)
            papers.append(entry(lines, first, last, title))
            per_session[session] = per_session.get(session, 0) + 1
    refs = lines.index("#### 参考文献") + 1
    for n in range(refs + 1, lines.index("## IR Reading 参加の流れ") + 1):
        m = re.match(r"\[(.+?)\]\(", lines[n - 1])
        if m:
            papers.append(entry(lines, n, n + 1, m.group(1)))
    assert rows == 27, rows
    assert per_session == {"セッション1": 4, "セッション2": 7, "セッション3": 5, "セッション4": 8,
                           "セッション6": 6}, per_session
    assert len(papers) == 32, len(papers)
    write_truth(NAME, PART, papers,
                "each paper named in the 論文 (paper) cell of a programme table row (cells with several papers"
                " split on '<br>', one entry per paper on its own line) plus the two linked references under"
                " '#### 参考文献'; title = the paper text without its final venue parenthesis (ASCII or"
                " full-width), null for the system name 'ColBERT'; opening/closing rows, the invited talk and"
                " two cells naming no paper are not entries",
                "every programme row (27) one by one against the file: the multi-paper cells (146-147, 148-149,"
                " 167-168, 183-184, 185-187, 223-224), the two-line rows 165-166 and 221-222, the full-width venue"
                " parentheses, 'Conversations with Documents.' (dot dropped), the ColBERT row (title null),"
                " the two rows naming no paper and the invited talk skipped; both references (DOI"
                " 10.1145/3383313.3412262 on the second)")


if __name__ == "__main__":
    main()
