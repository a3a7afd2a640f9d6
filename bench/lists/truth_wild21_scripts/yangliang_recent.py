r"""Wild21 truth for yangliang/yangliang.github.com recent.md: a researcher's topical reading lists
(GNNs for traffic forecasting, sparse attention, deep graph matching, mutual information, GNNs).

Shape: `#` headings, one per reading list, each followed by numbered items all written `1.`.  The
first heading only links another repository's list (no items: not an entry).  Items are
`1. [:white_check_mark: | :o: ] [Authors. ]Title[.] (VenueYY) （[PDF](url))` -- the read-status emoji
is optional (the traffic list has none), authors are absent in the traffic list and in seven of
the sparse-attention items, the venue paren is sometimes missing or full-width `（`, and the
link is `[PDF]`/`[CODE]` in ASCII or full-width parentheses (some `[CODE]()` empty).

Entry: every `1. ` item (73).  Title: the item text after the emoji, cut at the first `(` or `（`
(venue or link), with the author list removed: the authors end at the first '. ' that follows a
word of two or more letters (so initials like 'F. T.' stay inside the authors; 'et al.' ends them);
line 68's 'Asano YM., Rupprecht C., Vedaldi A.' ends in an initial and is cut by hand.  A closing
'.' is dropped.

Count check: `grep -c '^1\. '` = 73 = 16 + 8 + 6 + 11 + 32 items under the five lists.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "yangliang__yangliang.github.com__recent@1a14fae.md"
LINES = read_lines(NAME)
PER_LIST = {"Reading List on GNNs for Traffic Forecasting": 16,
            "Reading List of Sparse and Structural Attention": 8,
            "Reading List of Deep Graph Matchiing": 6,
            "Reading List on Mutual Inforation and Information Bottleneck": 11,
            "Reading List on GNNs": 32}


def title_of(i: int, text: str) -> str:
    body = re.sub(r"^1\.\s+(?::white_check_mark:|:o:)?\s*", "", text)
    body = re.split(r"[(（]", body, maxsplit=1)[0].strip()
    if i == 68:
        body = body.split("Vedaldi A. ", 1)[1]
    else:
        m = re.search(r"[A-Za-zÀ-ž]{2,}\.\s+", body)
        if m:
            body = body[m.end():]
    return body.strip().rstrip(".").strip()


def main() -> None:
    papers = []
    counts: dict[str, int] = {}
    heading = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("# "):
            heading = text[2:].strip()
            continue
        if text.startswith("1. "):
            papers.append(entry(LINES, i, i, title_of(i, text)))
            counts[heading] = counts.get(heading, 0) + 1
    assert counts == PER_LIST, counts
    assert len(papers) == 73
    write_truth(NAME, "wild21_development", papers,
                "every `1.` item under the five reading-list headings is a paper; title = the item text after the"
                " status emoji, up to the venue/link parenthesis (ASCII or full-width), without the leading"
                " 'Authors.' part; the first heading's link to another list is not an entry",
                "all 73 entries against the file: author cuts (initials 'F. T.', single author 'Alexander A.'"
                " Alemi, 'et al.', the hand-cut 'Asano YM., ... Vedaldi A.'), titles ending in '.' before the venue"
                " ('Fixing a Broken ELBO.', 'Spectral Embedding of Regularized Block Models.'), traffic items"
                " without venue or link, full-width parens, arXiv ids incl. a v1 pdf; the SIAM epubs DOI")


if __name__ == "__main__":
    main()
