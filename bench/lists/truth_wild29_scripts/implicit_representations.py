"""Wild29 truth for vsitzmann/awesome-implicit-representations README.md: a curated reading list on
implicit neural representations (neural fields), by topic.

Shape: `* [Title](project page or arXiv) (Author et al. year) description...`, the description often
running on over unindented continuation lines; most links go to project pages, a few to arXiv or a
publisher PDF.  Entry = one bullet with its continuation lines (up to the next bullet, heading or
blank line).  Title = the link text.

Special cases:
- Lines 20-24: the "Disclosure: I am an author on the following papers" bullets name papers and are
  entries (they repeat later records).
- Lines 66-73 (Colabs): the records are Colab notebooks (code), not papers, even where the link text
  is a paper title: no entries.  Talks (239-242) and Links (245): no entries.
- Line 87-88: one bullet names three papers ("Local Implicit Grid ...", "Convolutional Occupancy
  Networks", "Deep Local Shapes ...") that "concurrently proposed ...": three entries on the same
  lines, each with the id of its own link (set from that link, not from the whole span).
- Line 177: "DeepSDF, Occupancy Networks, IM-Net concurrently proposed conditioning via
  concatenation." names three papers by nickname only, no links: three entries with title null.
- Records that name a paper by a short name instead of its title have title null: "Pixel-NERF"
  (109, 155), "Neural Radiance Fields (NeRF)" (104, 186), "Alias-Free GAN" (228).  The StyleGAN3
  records (196, 219) write the real title with a nickname after it, "Alias-Free Generative
  Adversarial Networks (StyleGAN3)": title without the "(StyleGAN3)" remark.
- Titles are otherwise kept as written, including the doubled "MetaSDF: MetaSDF: ..." and
  "Compositional Pattern-Producing Networks: Compositional pattern producing networks: ..." and
  the leading space of line 169's link text (removed by whitespace collapsing).
- Papers repeated across sections are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "vsitzmann__awesome-implicit-representations__README@7907128.md"
PART = "wild29_development"

NICKNAME_ONLY = {"Pixel-NERF", "Neural Radiance Fields (NeRF)", "Alias-Free GAN"}
LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    section = ""
    i = 0
    while i < n:
        ln = lines[i]
        if ln.startswith("#"):
            section = ln
            i += 1
            continue
        if not ln.startswith("* "):
            i += 1
            continue
        first = i + 1
        j = i + 1
        while j < n and lines[j].strip() and not lines[j].startswith("* ") and not lines[j].startswith("#"):
            j += 1
        last = j
        i = j
        if section in ("# Colabs", "# Talks", "# Links"):
            continue
        if first == 177:  # three nicknames, no links
            assert lines[176].startswith("* DeepSDF, Occupancy Networks, IM-Net concurrently")
            for _ in range(3):
                papers.append(entry(lines, first, last, None))
            continue
        links = LINK.findall(lines[first - 1])
        if first == 87:  # three papers in one record, each with its own link
            assert len(links) == 3
            for text, url in links:
                p = entry(lines, first, last, text)
                p["arxiv"], p["doi"] = arxiv_of(url), doi_of(url)
                papers.append(p)
            continue
        text = links[0][0]
        title = None if text in NICKNAME_ONLY else re.sub(r"\s*\(StyleGAN3\)$", "", text)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 78, len(papers)
    write_truth(NAME, PART, papers,
                "Each bullet (with its continuation lines) under the paper sections and the Disclosure is an "
                "entry, title = its link text; Colab, talk and link bullets are not; the three-paper bullet at "
                "87 and the three-nickname bullet at 177 give three entries each; records naming a paper only "
                "by a short name (Pixel-NERF, NeRF, Alias-Free GAN) have title null.",
                "Every entry checked against the file by eye (titles, spans with continuation lines, ids, "
                "the multi-paper bullets, the skipped Colab/Talk/Link sections).")


if __name__ == "__main__":
    main()
