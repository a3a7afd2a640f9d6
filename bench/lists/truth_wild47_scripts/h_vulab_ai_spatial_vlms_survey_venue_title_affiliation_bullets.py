"""Wild47 truth for vulab-AI/Awesome-Spatial-VLMs README.md: the companion repository of the survey "Spatial
Intelligence in Vision-Language Models: A Comprehensive Survey" (TechRxiv 2025), whose README is the survey's paper
list by method family, newest commit (fc862a6, 2025-11-17).  (An older ``paper_list.md`` with the same bullets in a
rougher form is stored by the search index but is not in the snapshot's history; the README is the live list.)

Shape: 435 lines, 37 KB.  Title line with an awesome badge (1), a commented-out ``<h1>``/author block (2-21), a prose
paragraph naming the survey in bold (25), TechRxiv/PDF/HF/Code badges (27-33), a table of contents of anchor bullets
(39-66, not entries), an Overview with bullets and an image (69-85), then ``## 🚀 Awesome Papers`` (88) with five
``###`` families and fourteen ``####`` sub-headings (90-341).  Each paper is one bullet line, blank lines between:
``- [CVPR2024] Title (_Affiliation_) [[paper]](url) [[code]](url) [[checkpoint]](url);``.  Then ``## 📚 Datasets and
Benchmarks`` (347) with only badge links to two other files, a leaderboard image, an HTML ``<table>`` of nine evaluation
benchmarks (383-402, datasets, not entries), toolkit bullets (407-414, links to folders), and ``## Citation`` (424) with
one BibTeX ``@article{Liu_2025, ...}`` block in a fence (426-435) citing the survey itself.

Special cases:
- The first five bullets (92-100) are indented two spaces.
- Three bullets (110, 124, 126) put a ``;`` after the venue bracket (``[arXiv2025]; Mindjourney: ...``) and have an
  un-italicised affiliation ``(UMass Amherst)``; 122 ``Visual SKETCHPAD: ...`` too has a plain ``(University of
  Washington)``.
- Affiliations with inner parentheses: 128 ``(_HKUST(Guangzhou)_)``, 290 ``(Beijing Institute for General Artificial
  Intelligence (_BIGAI_))``: the whole trailing balanced group is the affiliation.
- 159 ``Language-Image Models with 3D Understanding (Cube-LLM) (_UT Austin_)``: the ``(Cube-LLM)`` nickname after
  the title is a tag and is dropped.
- 165 ``SpatialReasoner: ... 3D Spatial Reasoning, (_Johns ...``: the comma before the affiliation is a separator.
- 145 has no closing ``;``.
- 120's paper URL is garbled (``https://phttps://arxiv.org/pdf/2405.13872roceedings.neurips.cc/...``): it embeds
  the arXiv id of the Image-of-Thought paper (118), so the id taken from that line is 2405.13872 although the paper
  (Visualization-of-Thought) is another one; kept as the line gives it.
- Repeats are separate entries: Cambrian-1 (178, 189), VCoder (215, 250), Argus (197, 225), Position-Enhanced Visual
  Instruction Tuning (211, 316).
- The citation BibTeX (426-435) is a reference to a research work (the survey) and is counted as one entry, title =
  its ``title={...}`` field, DOI from its ``url=``/``DOI=`` fields (the helper's DOI pattern would keep the closing
  ``}``; the script trims it); the bold mention in the prose (25) is not a list item and is not counted.

Decisions:
- Entry = every paper bullet ``- [Venue]`` of lines 88-341 (one line each), plus the citation BibTeX block.
- Title = the text after the venue bracket (and its optional ``;``) up to the trailing balanced parenthesised
  affiliation before ``[[paper]]``; a ``(Nick)`` group right after the title (159) is dropped.
- Not entries: table of contents, overview bullets, badges, the benchmark HTML table, toolkit bullets.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "vulab-AI__Awesome-Spatial-VLMs__README@fc862a6.md"
PART = "wild47_development"

BULLET = re.compile(r"^ {0,2}- \[(?P<venue>[A-Za-z]+\d{4})\];? (?P<body>.+?) \[\[paper\]\]\(")
NICK = re.compile(r" \((?P<nick>[A-Za-z0-9-]+)\)$")


def strip_affiliation(body: str) -> str:
    """The body without its trailing balanced ``(...)`` group (the affiliation)."""
    assert body.endswith(")"), body
    depth = 0
    for i in range(len(body) - 1, -1, -1):
        if body[i] == ")":
            depth += 1
        elif body[i] == "(":
            depth -= 1
            if depth == 0:
                return body[:i].rstrip()
    raise AssertionError(body)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# Awesome Spatial VLMs ")
    papers = []
    start = lines.index("## 🚀 Awesome Papers") + 1
    stop = lines.index("## 📚 Datasets and Benchmarks") + 1
    for n, ln in enumerate(lines, 1):
        if not start <= n < stop:
            assert not BULLET.match(ln), (n, ln)
            continue
        if not re.match(r"^ *- ", ln):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        title = strip_affiliation(m.group("body"))
        k = NICK.search(title)
        if k:
            assert n == 159, (n, title)
            title = title[: k.start()]
        assert not re.search(r"[\[\]<>*`]|\(_", title), (n, title)
        papers.append(entry(lines, n, n, title))
    # the citation BibTeX block of the survey itself
    first = lines.index("## Citation") + 2
    assert lines[first] == "```" and lines[first + 1].lstrip().startswith("@article{Liu_2025,"), lines[first]
    last = lines.index("```", first + 1) + 1
    (tline,) = [ln for ln in lines[first:last] if ln.strip().startswith("title=")]
    bib_title = re.fullmatch(r"\s*title=\{(.+)\},", tline).group(1)
    bib = entry(lines, first + 1, last, bib_title)
    # the helper's DOI pattern runs on into the BibTeX closing brace ('.../v2}'); the DOI is the text inside it
    assert bib["doi"] == "10.36227/techrxiv.176231405.57942913/v2}", bib
    bib["doi"] = bib["doi"].removesuffix("}")
    papers.append(bib)

    t = {p["line"]: p for p in papers}
    assert (t[92]["title"], t[92]["arxiv"]) == (
        "Enhancing the Spatial Awareness Capability of Multi-Modal Large Language Model", "2310.20357"), t[92]
    assert t[108]["title"] == (
        "I Know About “Up”! Enhancing Spatial Reasoning in Visual Language Models Through 3D Reconstruction"), t[108]
    assert t[110]["title"] == "Mindjourney: Test-time scaling with world models for spatial reasoning", t[110]
    assert (t[120]["arxiv"], t[118]["arxiv"]) == ("2405.13872", "2405.13872"), t[120]
    assert t[128]["title"] == "SeeGround: See and Ground for Zero-Shot Open-Vocabulary 3D Visual Grounding", t[128]
    assert t[145]["title"] == "Improved Visual-Spatial Reasoning via R1-Zero-Like Training", t[145]
    assert t[159]["title"] == "Language-Image Models with 3D Understanding", t[159]
    assert t[165]["title"] == "SpatialReasoner: Towards Explicit and Generalizable 3D Spatial Reasoning", t[165]
    assert (t[124]["title"], t[124]["arxiv"]) == (
        ("SpatialPrompting: Keyframe-driven Zero-Shot Spatial Reasoning with Off-the-Shelf Multimodal Large Language"
         " Models"), "2505.04911"), t[124]
    assert (t[256]["arxiv"], t[264]["arxiv"]) == (None, None), (t[256], t[264])
    assert (t[290]["title"], t[290]["arxiv"]) == ("An Embodied Generalist Agent in 3D World", "2311.12871"), t[290]
    assert t[178]["title"] == t[189]["title"] == (
        "Cambrian-1: A Fully Open, Vision-Centric Exploration of Multimodal LLM")
    assert (t[426]["title"], t[426]["end"], t[426]["doi"]) == (
        "Spatial Intelligence in Vision-Language Models: A Comprehensive Survey", 435,
        "10.36227/techrxiv.176231405.57942913/v2"), t[426]
    assert len(papers) == 103, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [Venue] Title (Affiliation) [[paper]]...' bullet of the Awesome Papers section (92-341, one line"
        " each, 102) is an entry; title = text after the venue bracket (and optional ';') up to the trailing"
        " balanced affiliation parentheses, the '(Cube-LLM)' nickname tag of 159 dropped; repeats across"
        " sub-sections are separate entries; the survey's own citation BibTeX (426-435, fence to fence) is one more"
        " entry (103), title from its title field, DOI with the closing brace trimmed. TOC, overview, badges, the"
        " benchmark HTML table and toolkit bullets are not entries.",
        "Read all 435 lines; compared -v against every bullet 92-341: the indented first five, the ';' venue style"
        " (110, 124, 126) with plain affiliations (110, 122, 124, 126), nested affiliation parentheses (128, 290),"
        " the nickname 159, the separator comma 165, the missing ';' 145, curly quotes kept in 108, repeats"
        " (178/189, 215/250, 197/225, 211/316); ids: arXiv pdf/abs links incl. v1/v2 suffixes, none from CVF,"
        " NeurIPS, OpenReview (256), IEEE (264), ScienceDirect (114) or JHU (195) links; the garbled 120 URL yields"
        " 118's id 2405.13872 (left as the line gives it); BibTeX entry 426-435 with its TechRxiv DOI.",
    )


if __name__ == "__main__":
    main()
