"""Wild50 truth for GeorgePearse/tinify README.md: the README of a small learned-image-compression code base (a
renamed CompressAI fork) that is nothing but a curated list of neural image compression papers, newest commit
touching the file (4622e88, 2025-11-21).

Shape: 74 lines, 6 KB, seven pipe tables under ``##`` headings, plus a closing prose note.
- ``Foundational Papers`` (9-14), ``Transformer-Based Methods`` (18-23), ``Generative Methods (GAN / Diffusion)``
  (27-30): four columns ``| Paper | Authors | Venue | Links |``; the Paper cell is bold, the Links cell holds
  ``[arXiv](...)`` / ``[OpenReview](...)`` / ``[CVF](...)`` / ``[Project](...)`` / ``[PDF](...)`` links, two of them
  joined by an escaped pipe ``\\|``.
- ``Recent Advances (2024-2025)`` (34-41): three columns ``| Paper | Venue | Links |``, the Venue cell sometimes
  only a year.
- ``Key Libraries & Frameworks`` (45-49): libraries (CompressAI, tensorflow/compression, CompressAI-Trainer).
- ``Paper Collections & Resources`` (53-58): four GitHub paper-list repositories.
- ``Review Papers`` (62-66): two columns ``| Paper | Links |``.
- ``## Implementation Note: Fabric vs. PyTorch Lightning`` (68-74): prose about the code.

Special cases:
- A nickname in parentheses closes some bold titles: ``Transformer-based Transform Coding (SwinT-ChARM)`` 20,
  ``(HiFiC)`` 29, ``(CDC)`` 30, ``(InvCompress)`` 41; it is a tag, not title text, and is dropped.
- 38, 40, 41 link only to GitHub code; 29 to a project page and a NeurIPS PDF; 23 to CVF; 65 to ScienceDirect:
  no ids.  66 links ``arxiv.org/html/2406.10036v1``.

Decisions:
- Entry = every data row of the five paper tables (Foundational 4, Transformer 4, Generative 2, Recent 6,
  Review 3 = 19); title = the bold Paper cell, a closing ``(Nickname)`` dropped.
- Not entries: the library table rows (software), the paper-collection table rows (repositories), headers,
  alignment rows, the intro and the Fabric note.
- Ids from the row's links: arXiv abs/html links only.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "GeorgePearse__tinify__README@4622e88.md"
PART = "wild50_development"

PAPER_TABLES = {
    "## Foundational Papers": 4,
    "## Transformer-Based Methods": 4,
    "## Generative Methods (GAN / Diffusion)": 2,
    "## Recent Advances (2024-2025)": 6,
    "## Review Papers": 3,
}
ROW = re.compile(r"^\| \*\*(?P<title>[^*]+)\*\* \|.*\|\s*$")
HEAD = re.compile(r"^\| (?:Paper|Library|Repository) \|")
ALIGN = re.compile(r"^\|(?:-+\|)+$")
NICK = re.compile(r" \((?P<nick>[A-Za-z][A-Za-z-]*)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Deep Learning Image Compression"
    papers = []
    counts: dict[str, int] = {}
    section = ""
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln
            continue
        if not ln.startswith("|") or HEAD.match(ln) or ALIGN.match(ln):
            continue
        if section not in PAPER_TABLES:
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        title = NICK.sub("", m.group("title"))
        papers.append(entry(lines, n, n, title))
        counts[section] = counts.get(section, 0) + 1
    assert counts == PAPER_TABLES, counts
    t = {p["line"]: p for p in papers}
    assert (t[11]["title"], t[11]["arxiv"]) == ("End-to-end Optimized Image Compression", "1611.01704"), t[11]
    assert (t[20]["title"], t[20]["arxiv"]) == ("Transformer-based Transform Coding", None), t[20]
    assert t[29]["title"] == "High-Fidelity Generative Image Compression" and t[29]["arxiv"] is None, t[29]
    assert t[30]["title"] == "Lossy Image Compression with Conditional Diffusion Models", t[30]
    assert t[39]["title"] == "EVC: Towards Real-Time Neural Image Compression with Mask Decay", t[39]
    assert t[41]["title"] == "Enhanced Invertible Encoding for Learned Image Compression", t[41]
    assert t[66]["arxiv"] == "2406.10036", t[66]
    assert len(papers) == 19, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the five paper tables (Foundational 11-14, Transformer-Based 20-23, Generative 29-30,"
        " Recent Advances 36-41, Review Papers 64-66) is an entry (19); title = the bold Paper cell, a closing"
        " '(Nickname)' tag dropped (SwinT-ChARM, HiFiC, CDC, InvCompress); the libraries table and the"
        " paper-collections table (repositories) are not entries.",
        "Read all 74 lines; compared -v for all 19 rows: nickname tags dropped (20, 29, 30, 41), 'Entroformer:' and"
        " 'EVC:' prefixes kept (21, 39), rows with escaped-pipe link cells, three-column and two-column tables;"
        " arXiv ids from abs links and the html link 66, none for OpenReview/CVF/NeurIPS/GitHub/ScienceDirect"
        " rows (20, 21, 23, 29, 38, 40, 41, 65).",
    )


if __name__ == "__main__":
    main()
