"""Wild45 truth for llmrisks/llmrisks.github.io src/content/readings.md: the "Readings and Topics" page of the
University of Virginia graduate seminar "Risks (and Benefits) of Generative AI and Large Language Models" (Fall 2023,
Hugo site): "potential topics and readings for the seminar", one author-first reference paragraph per reading under
topic headings, papers mixed with essays, blog posts, legal documents, courses and tools.

Shape (210 lines, no final newline): TOML front matter (1-6), one intro sentence (8), then "##" topic headings (10-194,
several left empty: Programming with LLMs, Art, Writing, Human Dignity and Job Loss, "Cheating", Scaling, Embeddings,
"Safety", Environmental Harms) and three "###" sub-headings (Viewpoint Essays 37, Broad Overviews 45, More Sources
201).  A reading is a paragraph "Authors. [_Title_](url). Venue, date. [https://arxiv.org/abs/x](https://arxiv.org/abs/x)"
with the title in italics inside the link text; long paragraphs are hard-wrapped, so the author list runs over up to
six lines (27-33, 79-84) and the linked title itself is split over two to four lines (32-33, 50-52, 82-84, 131-133,
170-172, 175-176, 179-180); the arXiv URL is often repeated as a bare link after the venue.
Special cases: "(optional)" before the authors (20); an author that is an organisation ("Center for Research on
Foundation Models (CRFM) at the Stanford Institute for Human-Centered Artificial Intelligence (HAI).", 49-52) and
"Percy Liang, et al." (192); a paper whose title links to a Microsoft Research page and whose arXiv URL comes at the
end (122); a USENIX PDF with the arXiv link after a project-site link (169-172); a "[Project Website: ...]" line
inside a paragraph (103); an MIT Press TACL URL holding a DOI (164); a title ending "?" (59, 152, 176); a missing
space in an author list ("Ruocheng Guo Hao Cheng", 117); a Daedalus essay (124).  Not papers: a Stanford course
lecture (12), two blog posts by Jay Alammar introduced by a sentence and given as a bullet list (22-25), Simon
Willison's blog post (35), three "Viewpoint Essays" from The Atlantic and The Free Press (39-43, one without italics),
a lawsuit complaint (61), a Federal Register request for comment (65), Boaz Barak's blog post (135), Ethan Mollick's
guide (196), the OpenAI Cookbook repository (198) and the "More Sources" list (203-210: an awesome list, a website,
two course pages).

Decisions:
- Entries (35): the reference paragraphs whose subject is a scholarly work: journal and conference papers,
  preprints, the GPT-2 technical report (20), the CRFM report on foundation models (49-52), the GenLaw explainer
  "AI and Law: The Next Generation" by four academics (57, a report), the Annual Review article (69), Yejin Choi's
  Daedalus article (124, a journal of the American Academy of Arts and Sciences).
- Not entries: the course lecture and course pages, blog posts and guides, magazine essays, the legal complaint,
  the Federal Register notice, the code repository, the awesome list and the website (listed above).
- Span: the paragraph (first to last line, so 102-103 includes the project-website line).
- Title: the link text without its italics, the hard line breaks inside it collapsed to spaces; "(optional)",
  authors, venue and the repeated arXiv URL are not part of it.
- Ids: the first arXiv id and DOI of the paragraph (122 takes 2303.12712 from the arXiv URL at its end, 169-172
  2302.04222 after the USENIX PDF and project links; 164 the DOI 10.1162/tacl_a_00567 from the MIT Press URL); ACL
  Anthology, UCL Discovery, amacad.org and genlaw links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "llmrisks__llmrisks.github.io__src__content__readings@d76865f.md"
PART = "wild45_development"

ITALIC_LINK = re.compile(r"\[_(?P<title>[^\]]+?)_\]\((?P<url>[^)\s]+)\)", re.DOTALL)
# Paragraph first lines of readings with an italic linked title that are not scholarly works.
NOT_PAPER_ITALIC = {
    35: "Simon Willison blog post",
    39: "Hofstadter, The Atlantic essay",
    43: "Kingsnorth, The Free Press essay",
    65: "Federal Register request for comment",
    135: "Boaz Barak blog post",
    196: "Ethan Mollick guide",
}
# Paragraphs with links but no italic title: none of them is a paper.
NOT_PAPER_PLAIN = {12, 24, 41, 61, 198, 203, 205, 207, 209}


def paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) 1-based line of each run of non-blank lines."""
    out = []
    first = None
    for n, text in enumerate(lines, 1):
        if text.strip() and first is None:
            first = n
        if not text.strip() and first is not None:
            out.append((first, n - 1))
            first = None
    if first is not None:
        out.append((first, len(lines)))
    return out


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 210 and lines[-1].endswith("))"), len(lines)
    papers = []
    plain = set()
    for first, last in paragraphs(lines):
        text = "\n".join(lines[first - 1 : last])
        if first <= 6 or text.startswith("#"):
            continue
        m = ITALIC_LINK.search(text)
        if not m:
            if "](" in text:
                plain.add(first)
            continue
        if first in NOT_PAPER_ITALIC:
            continue
        assert m.start() > 0 and text[: m.start()].rstrip().endswith("."), (first, text[: m.start()])
        papers.append(entry(lines, first, last, " ".join(m.group("title").split())))
    assert plain == NOT_PAPER_PLAIN, sorted(plain ^ NOT_PAPER_PLAIN)
    by_line = {p["line"]: p for p in papers}
    assert set(NOT_PAPER_ITALIC).isdisjoint(by_line)
    assert by_line[27]["end"] == 33 and by_line[27]["title"] == "Ethical and social risks of harm from Language Models"
    assert by_line[102]["end"] == 103 and by_line[130]["end"] == 133
    assert by_line[122]["arxiv"] == "2303.12712" and by_line[169]["arxiv"] == "2302.04222"
    assert by_line[164]["doi"] == "10.1162/tacl_a_00567"
    no_id = sorted(p["line"] for p in papers if not p["arxiv"] and not p["doi"])
    assert no_id == [17, 20, 57, 69, 124], no_id
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each author-first reference paragraph whose subject is a scholarly work (papers, preprints, the GPT-2 and CRFM"
        " reports, the GenLaw explainer, the Annual Review and Daedalus articles) is an entry spanning the paragraph;"
        " title = the italic link text with its hard line breaks collapsed; blog posts, magazine essays, the lawsuit"
        " complaint, the Federal Register notice, courses, a cookbook repository, an awesome list and a website are"
        " not entries; first arXiv id / DOI of the paragraph (35).",
        "Whole file read (210 lines) against the -v output: every paragraph under every heading classified (35 entries,"
        " 6 italic-title non-papers at 35, 39, 43, 65, 135, 196 and 9 plain-link ones at 12, 24-25, 41, 61, 198, 203,"
        " 205, 207, 209-210), the wrapped author lists and titles (27-33, 49-52, 79-84, 130-133, 169-172, 174-176,"
        " 178-180) against their collapsed titles, '(optional)' left out of 20, the project-website line kept in"
        " 102-103, the ids of 122 (arXiv at the end), 169-172 (arXiv after the USENIX PDF and project link), 164 (TACL"
        " DOI), no id for 17, 20, 57, 69, 124, empty topic headings without entries.",
    )


if __name__ == "__main__":
    main()
