"""Wild37 truth for mazzzystar/Papers-Reading README.md: a deep-learning engineer's personal reading
notes (2018-2019) on style transfer, GANs, speech synthesis and voice conversion, kept as task lists.

Shape: "## " topics with "### " subtopics; every record is a top-level task item "- [x] " (read) or
"- [ ] " (to read) whose first link is the work, often followed by a ":star:" rating and by nested
tab-indented "* " notes (sometimes with lazy column-0 continuation lines, 114 and 116) and
tab-indented images (60, 126-127, 132, 137).  Link texts run over two lines four times (123-124,
128-129, 154-155, 156-157); several link targets are empty "()".  Read papers link a PDF copy in the
owner's old fancoo/Papers-Reading repository.  Decisions:
- Entry = the item line through its last continuation: following non-blank lines that are indented
  or lazily continue the previous line, and indented lines after a blank line; a column-0 image after
  a blank line (line 94) is not part of line 92's entry.
- Title = the link text (lines joined by a space) without a final parenthetical that carries a venue,
  date or remark -- "(Best Paper of ICML2016)", "(NIPS 2016)", "(Google, 2018.03)", "(FAIR, 21 May
  2018)", "(ICLR 2018 Rejected)", "(Submitted on 5 Apr 2017)", "(ISMIR’17)", "(!!Important)" -- and
  without a final "." (line 173).  Four link texts are written as citations (168, 169, 170, 183):
  the authors before ".: " and the ". In: VENUE. (YEAR)" tail are dropped.  Line 89's truncated title
  ("... with Deep Convolutional Neural") and line 140's curly-quoted "“Style” Transfer ..." are kept
  as written.
- Not entries: "Tacotron series" (79, a project page), "The Voice Conversion Challenge 2016" (120,
  the challenge's summary web page), "Audio texture synthesis and style transfer(Blog)" (146),
  "Extreme Style Machines: ..." (154, a nucl.ai blog post), "Github:Deep-Expression" (162, a repo).
- Repeated records are separate entries (Attention Is All You Need 55/160, SAGAN 19/164, the
  backpropagation voice-conversion paper 108/144, Time Domain Neural Audio Style Transfer 101/142,
  A Universal Music Translation Network 133/175).
- Ids: arXiv abs/pdf links give the arXiv id (the first link of the entry: code and result links in
  the notes come later).  Line 67's PixelCNN entry links only a fancoo PDF; the arXiv link in its
  note (line 70) is WaveNet's, another paper, so the entry has no id.  fancoo PDF copies, empty targets, OpenReview, CogSci, MILA and Stanford
  PDFs give none.  No DOI is written anywhere.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "mazzzystar__Papers-Reading__README@ac6a0c1.md"
PART = "wild37_development"

NOT_PAPERS = {79, 120, 146, 154, 162}  # project page, challenge page, blog, blog post, GitHub repo
ITEM = re.compile(r"^- \[[ x]\] ")
REMARK = re.compile(r"\s*\((?:[^()]*\d[^()]*|!!Important)\)\s*$")
CITATION = re.compile(r"^(?:.*?\.: )?(?P<title>.+?)\. In: [^.]+\. \(\d{4}\)$")


def extent(lines: list[str], n: int) -> int:
    """Last line of the item starting on line n (1-based)."""
    end, j = n, n + 1
    while j <= len(lines):
        t = lines[j - 1]
        if not t.strip():
            k = j
            while k <= len(lines) and not lines[k - 1].strip():
                k += 1
            if k <= len(lines) and lines[k - 1][:1] in ("\t", " "):
                j = k
                continue
            break
        if ITEM.match(t) or t.startswith("#"):
            break
        if t[:1] in ("\t", " ") or lines[j - 2].strip():
            end = j
            j += 1
            continue
        break
    return end


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        if not ITEM.match(text) or n in NOT_PAPERS:
            continue
        end = extent(lines, n)
        own = "\n".join(lines[n - 1 : end])
        m = re.match(r"- \[[ x]\] \[(?P<text>[^\]]+)\]\(", own)
        assert m, (n, own[:80])
        title = " ".join(part.strip() for part in m.group("text").split("\n"))
        cite = CITATION.match(title)
        if cite:
            title = cite.group("title")
        title = REMARK.sub("", title).rstrip(".").strip()
        e = entry(lines, n, end, title)
        if n == 67:  # the only arXiv link in this entry is WaveNet's, in a note (line 70)
            assert e["arxiv"] == "1609.03499", e["arxiv"]
            e["arxiv"] = None
        papers.append(e)
    assert len(papers) == 59, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each top-level task item whose first link is a paper is one entry, running over its nested notes "
        "and indented images; title = the link text (two-line texts joined) without a final venue/date/"
        "remark parenthetical, and for citation-style link texts without the authors and the 'In: VENUE. "
        "(YEAR)' tail; the project page, challenge page, two blog posts and a GitHub repo are left out.",
        "All 191 lines read by eye against the -v output: every item's title and extent (nested notes, "
        "lazy continuations 114/116, images 60/126-127/132/137, the column-0 image 94 left outside), the "
        "four two-line link texts, the four citation-style texts (168-170, 183), the stripped remarks "
        "(19, 64, 101, 108, 133, 140, 173, 175, 180), the five non-papers and the arXiv ids (the WaveNet link in line 70's note not taken for line 67).",
    )


if __name__ == "__main__":
    main()
