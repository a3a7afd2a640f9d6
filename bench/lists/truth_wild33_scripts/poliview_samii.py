"""Wild33 truth for Poliview/Poliview.github.io content/post/Cyrus Samii ...书单.md: a Chinese blog's
repost of Cyrus Samii's NYU quantitative political analysis syllabus (causal inference / econometrics).

Shape: front matter, Chinese intro, a "Texts" section of textbooks (lines ~22-90, not entries), sixteen
topic sections whose "Required/Further reading" lines cite works only as "Author (year)" in running text
(not entries), then "**References**" (line 460): one reference per paragraph, hard-wrapped PDF text,
paragraphs separated by a blank line, a two-space line and a blank line; no links.  PDF extraction glued
some references together or split them: a new reference can start at the end of a paragraph (Banerjee,
Bertrand, Bitler, Card, Ludwig, Rothman, and Heckman/Smith/Clements at the start of line 987; the author list then runs on into the next paragraph) and the
Ghosh reference (lines 916-919) and Heckman/Smith/Clements (987-993) are broken over two paragraphs.  An entry is each
reference of the References list that is not a whole book (13 books excluded: Cattaneo et al. Cambridge
Elements, Davidson & MacKinnon, Efron & Tibshirani, Freedman 2009, Gerber & Green, Imbens & Rubin 2011
book manuscript (cited by chapter), Manski, Pearl, Rosenbaum 2002, Van der Laan & Rose, VanderWeele 2015,
Wolpin, Wooldridge); handbook/dictionary chapters, working papers, manuscripts, reports and Fox's online
appendix are entries.  Span: from the line where the reference's authors start to the line where it ends
(a line shared with a neighbour is included in both).  Title: the text after "(year)." up to the '.' (or
'?', kept) that is followed by the venue, whitespace collapsed (PDF hyphen-space breaks kept as written).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "Poliview__Poliview.github.io__content__post__Cyrus Samii   纽约大学政治系定量政治分析书单@9c5b633.md"
PART = "wild33_development"

# references that start inside a paragraph, after the end of the previous reference
RUN_ON = ["Banerjee, A. V.", "Bertrand, M.", "Bitler, M.", "Card, D.,", "Ludwig, J.", "Rothman, K. J.",
          "Heckman, J. J., J. Smith"]
# paragraphs that continue the previous reference
CONT = ("Duflo, D. Keniston", "Mullainathan (2004)", "Hoynes (2006)", "Webber (2012)", "Mullainathan (2011)",
        "Economic Literature 38", "covariates. Typescript", "Clements (1997)")
BOOKS = ("Cattaneo, M. D.", "Davidson, R.", "Efron, B.", "Freedman, D. A. (2009)", "Gerber, A. S.",
         "Imbens, G. W. and D. B. Rubin (2011)", "Manski, C. F. (1995)", "Pearl, J. (2009)",
         "Rosenbaum, P. R. (2002)", "Van der Laan, M.", "VanderWeele, T. J. (2015)", "Wolpin, K. I. (2013)",
         "Wooldridge, J. M. (2002)")


def title_of(text: str) -> str:
    m = re.search(r"\(\d{4}[ab]?\)\.\s+", text)
    rest = text[m.end():]
    e = re.search(r"(?<=\S)\.\s+(?=[A-Z]|arXiv)|\?\s+(?=[A-Z])|\.$", rest)
    t = rest[: e.start() + (1 if rest[e.start()] == "?" else 0)]
    return t


def main() -> None:
    lines = read_lines(NAME)
    start = next(i for i, l in enumerate(lines, 1) if l.strip() == "**References**")
    end = next(i for i, l in enumerate(lines, 1) if l.startswith("感谢"))
    # paragraphs: (first, last, [(line, text)])
    paras, cur = [], []
    for n in range(start + 1, end):
        t = lines[n - 1].strip()
        if t:
            cur.append((n, t))
        elif cur:
            paras.append(cur)
            cur = []
    # references as lists of (line, text piece)
    refs = []
    for p in paras:
        if p[0][1].startswith(CONT):
            refs[-1].extend(p)
        else:
            refs.append(list(p))
    # split run-ons
    out = []
    for r in refs:
        pieces = [list(r)]
        for key in RUN_ON:
            last = pieces[-1]
            for k, (n, t) in enumerate(last):
                j = 0 if (k > 0 and t.startswith(key)) else t.find(" " + key)
                if j == 0:
                    pieces[-1] = last[:k]
                    pieces.append(last[k:])
                    break
                if j > 0:
                    pieces[-1] = last[:k] + [(n, t[:j])]
                    pieces.append([(n, t[j + 1:])] + last[k + 1:])
                    break
        out.extend(pieces)
    papers = []
    for r in out:
        text = " ".join(t for _, t in r)
        if text.startswith(BOOKS):
            if "-b" in sys.argv:
                print("BOOK", r[0][0], text[:90])
            continue
        papers.append(entry(lines, r[0][0], r[-1][0], title_of(text)))
    assert len(papers) == 172, len(papers)
    write_truth(NAME, PART, papers,
                "Each non-book reference of the References list (run-on and split paragraphs re-cut by author"
                " start; 13 whole books excluded, chapters/working papers/manuscripts kept); title = text"
                " after '(year).' up to the period or question mark before the venue.",
                "All 172 entries and the 13 excluded books read against the file; every run-on/split"
                " reference (Banerjee, Bertrand, Bitler, Card, Ludwig, Rothman, Ghosh, Heckman 1997) checked"
                " by eye; Texts section and inline Author (year) cites confirmed not entries.")


if __name__ == "__main__":
    main()
