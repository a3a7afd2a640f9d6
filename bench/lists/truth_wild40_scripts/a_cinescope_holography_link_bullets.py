"""Wild40 truth for cinescope-wkr/awesome-neural-holography README.md ("Neural Holography Codex"): a
PhD student's fork of an awesome list of neural / computer-generated holography for displays; newest
commit (6a1d0b9, 2026-03-29).

Shape: badges in an HTML ``<p>`` (3-10), notice, overview prose (22-27), a "How to Use" table of anchor
links (34-39), reading conventions (43-47), a ``<details>`` table of contents (52-78), then ``##``/
``###``/``####`` sections whose records are one-line bullets::

    - [Title](url) (*Author et al. Year | Venue, Publisher*) optional description sentence

Variants: no venue (``(*Kavaklı et al. 2021*)``, 145, 214, 220, 221), no year (150), no space before the
parenthesis (242), links to project pages, PDFs, Google Drive (143, 212), a GitHub repository (144, 213),
Google Scholar (242); the last section (246-249) writes four titles as plain text without a link, two of
them without any author/venue parenthesis.  Sections with "Quick map" bullets of backticked names
(99-102, 185-191) sit between the paper bullets.  After the paper sections come labs (253-273), software
(277-282), venues (286-309) and talks (313-316).

Decisions:
- Every paper bullet of the sections Survey Papers (87) to Zero or Higher Diffraction Orders
  Optimization (244-249) is one entry on its line; title = the link text, or for the unlinked bullets
  the text before the `` (*`` parenthesis (or the whole bullet text).  Records linking a GitHub
  repository or Google Drive folder (143-144, 212-213) are papers (SIGGRAPH 2022, IEEE VR 2022) and kept.
- The same paper listed in two sections is an entry each time (Accommodative Holography 143/212,
  Metameric Varifocal Holograms 144/213, Realistic Defocus Blur 145/214, Gaze-Contingent Retinal Speckle
  Suppression 146/215, Toward the next-generation VR/AR optics 88/211).
- Not entries: the two books under Background and Theory (84 Goodman's Introduction to Fourier Optics,
  85 Schmidt's SPIE ebook), Quick map bullets, the table of contents and How-to-Use table, the inline
  link to Sutherland's "The Ultimate Display" in the overview prose (27), labs, software, venues,
  workshop, talks/videos.
- Ids: arXiv ids from arxiv.org links (145, 214, 220, 221); DOIs from dl.acm.org/doi links (149, 222,
  223, 227).  Optica ``uri=`` pages, Nature article ids, computer.org, ieeexplore ``arnumber`` and
  project pages give none.
74 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "cinescope-wkr__awesome-neural-holography__README@6a1d0b9.md"
PART = "wild40_development"
LINKED = re.compile(r"^- \[([^\]]+)\]\([^)\s]+\)")
PLAIN = re.compile(r"^- ([^\[`].*?)(?: \(\*.*)?$")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("### Survey Papers") + 1
    stop = lines.index("## Labs and Research Groups") + 1
    papers = []
    for i in range(start + 1, stop):
        ln = lines[i - 1]
        if not ln.startswith("- ") or ln.startswith("- `"):
            continue
        m = LINKED.match(ln) or PLAIN.match(ln)
        assert m, (i, ln)
        papers.append(entry(lines, i, i, m.group(1)))
    t = {p["line"]: p["title"] for p in papers}
    assert t[246] == "Elimination of a zero-order beam induced by a pixelated spatial light modulator for " \
        "holographic projection", t[246]
    assert t[247] == "Holographic projection of arbitrary light patterns with a suppressed zero-order beam", t[247]
    assert t[242] == "Neural compression for hologram images and videos", t[242]
    assert len(papers) == 74, len(papers)
    write_truth(NAME, PART, papers,
                "Every paper bullet from Survey Papers to the diffraction-orders section is one entry on its line "
                "(repeats across sections included); title = the link text, or for unlinked bullets the text "
                "before the '(*Author Year | Venue*)' parenthesis; the two Background books, quick-map bullets, "
                "labs, software, venues and talks are not entries.",
                "Whole file read (316 lines): every section's first and last bullet and ~25 others against the "
                "-v output, the unlinked bullets 246-249, the no-space parenthesis 242, GitHub/Drive-linked "
                "papers 143-144/212-213, repeated records (88/211, 143-146/212-215), the books 84-85 and the "
                "quick-map bullets left out; ids: arXiv on 145/214/220/221, ACM DOIs on 149/222/223/227, none "
                "from Optica, Nature article ids, computer.org or ieeexplore links.")


if __name__ == "__main__":
    main()
