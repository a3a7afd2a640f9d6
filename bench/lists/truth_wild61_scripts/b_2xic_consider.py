"""Wild61 truth for 2xic/optimization-playground papers_2_consider.md at 474d21c (2023-05-13): one person's
"papers that I have saved, and should look at" list, kept at the root of an ML playground repository.  The
newest commits shrink the file and ccdc0f2 (2024-09-11) deletes it; 474d21c is its largest version (115 lines).

Shape: 115 lines.  Title and a "Source for papers 2 consider" bullet list of eight sites (4-12); then
``# Some I'm considering`` (14) with topic headings ``### PHDs / Masters`` (16), ``### LLMs`` (27),
``### Computer vision`` (36), ``### RL`` (51), ``## NLP`` (64), ``## GAN`` (84), ``## NN architecture`` (94),
``## Infrastructure`` (103), ``## Robotics`` (107), ``## Others`` (113).  Items are bare Markdown links on their
own line, no bullet: ``[Title](url)``, mostly separated by blank lines, sometimes two links on consecutive lines.

Special cases:
- The list mixes papers with blog posts (34 jonstokes.com, 62 huyenchip.com, 72 substack "Reflecting on
  Reflexion", 75 ofir.io, 105 engineering.fb.com "Velox introduction"), a Meta AI blog page (45 ImageBind, whose
  title is not the paper's), a code repository (65 MiniGPT-4 on GitHub), a code link for the paper above it
  (88 ``...(code)`` on GitHub) and a textbook chapter (108 Model Predictive Control).
- Theses (19-25): three link texts only name the author and degree (``[Ilya Sutskever (PHD)](...)``); 25 names
  the thesis after `` - ``.
- Three items write the URL as the link text (37 vcrs.wpengine.com .../1611.02788.pdf, 39 nerf-w.github.io,
  99 proceedings.mlr.press ioffe15.pdf); they point at a paper but name no title.
- 110 links the ALOHA pdf and 111 is the project page as a bare URL, same paper.
- Typos and casing kept: 97 ``Iriguing properties of neural networks``, 114 ``SPREADING VECTORS FOR SIMILARITY
  SEARCH``; 43 has a trailing space inside the brackets (stripped).

Decisions:
- Entry = a link line whose target is a research work: papers (arXiv, conference/VLDB pdfs, paper project
  pages, OpenAI's research page of "Language models can explain neurons in language models" (79), the PaLM 2
  technical report (32)) and the four theses (19-25).  Not entries: the source sites (5-12), blog posts, the
  ImageBind blog page, the GitHub repositories and the textbook chapter listed above.
- Title = the link text, stripped; for 25 the part after ``(PHD) - ``; None for 19, 21, 23 (author + degree
  only) and for the URL-only items 37, 39, 99.
- Span = the link line, plus the next line when it is another link to the same paper (87-88 code link,
  110-111 project page).  arXiv ids come from the helper; 37's pdf is named 1611.02788 but sits on a
  non-arXiv host and is left without an arXiv id.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "2xic__optimization-playground__papers_2_consider@474d21c.md"
PART = "wild61_development"

LINK = re.compile(r"^\[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)\s*$")
NOT_ENTRIES = {34, 45, 62, 65, 72, 75, 88, 105, 108}
NO_TITLE = {19, 21, 23, 37, 39, 99}
SPAN_NEXT = {87, 110}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 14:
            continue
        m = LINK.match(ln.strip())
        if not m or n in NOT_ENTRIES:
            continue
        text = m.group("text").strip()
        if n in NO_TITLE:
            title = None
        elif n == 25:
            title = text.split(" - ", 1)[1].strip()
        else:
            title = text
        last = n + 1 if n in SPAN_NEXT else n
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 36, len(papers)
    assert sorted(by) == [
        19, 21, 23, 25, 28, 30, 32, 37, 39, 41, 43, 47, 49, 52, 54, 56, 58, 60, 67, 69, 71, 74, 77, 79, 82,
        85, 87, 90, 92, 95, 97, 99, 101, 104, 110, 114,
    ], sorted(by)
    assert by[19]["title"] is None and by[99]["title"] is None
    assert by[25]["title"] == "Learning Algorithms from Data", by[25]
    assert by[28]["title"] == "Generative Agents: Interactive Simulacra of Human Behavior"
    assert by[28]["arxiv"] == "2304.03442", by[28]
    assert by[43]["title"] == "Vision Transformers with Mixed-Resolution Tokenization", by[43]
    assert by[43]["arxiv"] == "2304.00287", by[43]
    assert by[87]["end"] == 88 and by[87]["arxiv"] == "2302.05543", by[87]
    assert by[97]["title"] == "Iriguing properties of neural networks", by[97]
    assert by[104]["title"] == "Velox: Meta’s Unified Execution Engine", by[104]
    assert by[110]["title"] == "Learning Fine-Grained Bimanual Manipulation with Low-Cost Hardware", by[110]
    assert by[114]["title"] == "SPREADING VECTORS FOR SIMILARITY SEARCH", by[114]
    assert by[114]["arxiv"] == "1806.03198", by[114]
    write_truth(
        NAME,
        PART,
        papers,
        method="Items are bare '[text](url)' link lines under topic headings (from line 14).  An entry is a"
        " link to a research work: papers (arXiv, conference pdfs, paper project pages, OpenAI's research page"
        " of a paper, the PaLM 2 report) and four theses (19-25).  Blog posts (34, 62, 72, 75, 105), the"
        " ImageBind blog page (45), GitHub links (65, 88), a textbook chapter (108) and the source sites (5-12)"
        " are not entries.  Title = link text stripped; for 25 the part after '(PHD) - '; None when the text"
        " only names the author and degree (19, 21, 23) or is the URL itself (37, 39, 99).  Span = the line,"
        " plus the next line when it links the same paper again (87-88, 110-111).",
        checked="Read all 115 lines; compared the -v output with every link line: excluded blogs, repos and"
        " the chapter, the thesis lines, URL-only items, the two-line spans, typo/caps titles (97, 114), the"
        " trailing space at 43 and the arXiv ids of 28, 43, 87, 114 and the others printed.",
    )


if __name__ == "__main__":
    main()
