"""Wild34 truth for iaifi/iaifi.github.io journal-club.md at ef80dbb (2024-10-24): the IAIFI (NSF AI
Institute for Artificial Intelligence and Fundamental Interactions) journal club archive.

Why this commit: at HEAD (f5dc15e) journal-club.md is gone (renamed to "Lunch Discussions" on
2026-01-09) and from 2024-10-25 on it is only a Liquid template over _data/journal-club.yml;
ef80dbb is the last version that still writes the past sessions out in Markdown (lines 41-309).

Shape: lines 12-39 are Liquid template code (no records).  Each session is a bullet "**Speaker,
position**" with sub-bullets: the date, the talk title in italics, an abstract, "[Slides](...)", and
sometimes "Resources:" / "References:" / "Resource:" / "Abstract/Resources:" with the papers, either
as nested bullets (one link each) or several links on one line separated by "; ".

Entries: each linked paper in the resources: a Markdown link to a paper, preprint, proceedings
contribution or technical report.  The talks themselves (speaker, date, italic talk title, abstract,
slides) are not entries.  Special cases:
- line 97: one link whose text names two papers ("Learning Combinatorial Optimization Algorithms over
  Graphs; Stochastic Iterative Graph Matching"): two entries on the same line, same URL.
- lines 149, 240, 246, 262, 278, 288, 304 hold 2-5 papers each on one line: one entry per link; the
  arXiv id of each entry is read from its own link only (the helper's whole-line id is replaced).
- bare-URL links ("[https://arxiv.org/abs/...](...)"), "[Paper](...)" (line 224) and author+id
  nicknames ("[Bright et al 1907.04408](...)", line 240) name no title: title None.
- lines 172-174: "[S. Li et. al. Title. 2020.](url) arXiv:id": the title is the text between the
  authors and the year.
- lines 207-209: the journal reference in parentheses after the title is dropped.
- not entries: line 182 "Iterative Methods for Sparse Linear Systems" (a book), line 223 "Website",
  line 225 "Code", line 240 "Sutton and Bardo" (course/book page) and "The MathCheck SAT+CAS system"
  (software), line 148 (PySR software URL inside an abstract), and line 257 where three papers are
  mentioned inline in the running prose of an abstract ("Possible topics could include the Lottery
  Ticket Hypothesis (https://...)").
- line 181 "An Introduction to the Conjugate Gradient Method Without the Agonizing Pain" (Shewchuk's
  CMU technical report) is an entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "iaifi__iaifi.github.io__journal-club@ef80dbb.md"
PART = "wild34_development"

LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
SKIP_TEXT = {"Slides", "Website", "Code", "Sign up to lead a discussion!", "Sutton and Bardo",
             "The MathCheck SAT+CAS system", "Iterative Methods for Sparse Linear Systems"}
PROSE_LINES = {257}
AUTHOR_PREFIX = {172: "S. Li et. al. ", 173: "A. Sergeev and Mike Del Balso. ", 174: "S. Rajbhandari et.al. "}


def title_of(text: str, i: int) -> str | None:
    text = text.strip()
    if text.startswith("http") or text == "Paper" or re.fullmatch(r"\S+ et al \d{4}\.\d{4,5}", text):
        return None
    if i in AUTHOR_PREFIX:
        return re.sub(r"\. \d{4}\.$", "", text.removeprefix(AUTHOR_PREFIX[i]))
    if i in (207, 208, 209):
        return re.sub(r"\s*\((JHEP|Phys\. Rev\.).*$", "", text)
    return text


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, start=1):
        if i < 41 or i in PROSE_LINES:
            continue
        links = [m for m in LINK.finditer(ln) if m.group(1).strip() not in SKIP_TEXT]
        for m in links:
            text = m.group(1)
            if i == 97:
                titles = [t.strip() for t in text.split(";")]
            else:
                titles = [title_of(text, i)]
            for t in titles:
                p = entry(lines, i, i, t)
                if len(links) > 1:  # several papers on one line: each keeps its own link's ids
                    own = m.group(0)
                    p["arxiv"], p["doi"] = arxiv_of(own), doi_of(own)
                papers.append(p)
    assert len(papers) == 50, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each linked paper in the sessions' Resources/References (not talks, slides, websites, code, the "
        "book, or papers mentioned in abstract prose); several links on one line are separate entries with "
        "their own link's ids; title = link text without authors/year/journal reference, None for bare "
        "URLs, '[Paper]' and author+id nicknames; line 97 names two papers in one link.",
        "All 50 entries checked by eye against lines 41-309, including the multi-link lines (ids per link), "
        "the two-paper link on line 97, the skipped book/website/code/software links and the prose on line 257.",
    )


if __name__ == "__main__":
    main()
