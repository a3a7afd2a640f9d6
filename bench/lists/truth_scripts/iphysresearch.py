"""Truth for iphysresearch paper_summary index: one reference per line, in many hand-written styles."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "iphysresearch__iphysresearch.github.io_Archive__paper_summary__index@422a454.md"

PAPER_HOST = re.compile(r"arxiv\.org|doi\.org|springer|ieee|aps\.org|iopscience|sciencedirect|nature\.com|openreview")
NOT_TITLES = ("gravitational-wave resources",)

#: Lines read by hand where no rule above fits: line -> (last line, title); None drops the line.
BY_HAND: dict[int, tuple[int, str | None] | None] = {
    93: (93, "Data analysis of gravitational-wave signals from spinning neutron stars. IV. An all-sky search"),
    263: None,  # a DeepMind blog post
    275: None,  # Chinese prose about the paper of line 273
    297: (297, "Rotation-invariant convolutional neural networks for galaxy morphology prediction"),
    298: (298, "Deep learning for time series classification"),
    300: None,  # lecture notes
    301: (301, None),  # 'GAN: <arXiv link>'
    358: (358, None),  # '[Zeiler and Fergus, 2013] **(ZFNet)**'
    374: (375, "Maxout networks"),
    375: None,  # the title line of the reference opened on line 374
    398: (398, ("Improved Texture Networks: Maximizing Quality and Diversity in Feed-forward Stylization and"
               " Texture Synthesis")),
    427: (427, "On optimization methods for deep learning"),
    480: (480, "Understanding deep learning requires rethinking generalization"),
    524: (525, "3d-r2n2: A unified approach for single and multi-view 3d object reconstruction"),
    547: (547, "Visualizing and Understanding Recurrent Networks"),
    557: (557, "Learning phrase representations using rnn encoder-decoder for statistical machine translation"),
    559: (559, "LSTM: A Search Space Odyssey"),
    561: (561, "An Empirical Exploration of Recurrent Network Architectures"),
}


def title_of(line: str) -> str | None:
    s = re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", line)
    s = re.sub(r"^\[\[Paper Summary\]\([^)]*\)\]\s*|^\[(?:Paper )?Summary\]\s*", "", s)
    for pattern in (r"\*\*([^(*].+?)\*\*", r"“([^”]{5,})”", r"\"([^\"]{5,})\"", r"《(.+?)》"):
        m = re.search(pattern, s)
        if m and (len(m.group(1).split()) >= 2 or "“" in pattern) and m.group(1).strip(" .") not in NOT_TITLES:
            return m.group(1).rstrip(",")
    link = re.match(r"\[([^\]]+)\]\(([^)]+)\)", s)
    if link:
        return link.group(1) if PAPER_HOST.search(link.group(2)) else None
    bar = re.match(r"[^|]*[\u4e00-\u9fff][^|]*\|\s*([^|]+?)\s*\|", s)
    if bar:
        return bar.group(1)
    plain = re.match(r"([A-Z][^.\[]{15,}?)\.\s+[A-Z].*\((?:19|20)\d\d", s)
    return plain.group(1) if plain else None


def main() -> None:
    t = Truth(NAME, "from '# GW Astronomy' on, every line or list item citing one paper is an entry; title = its"
              " bold part, else its quoted or 《》 part, else a leading link text to a paper host, else the"
              " English title between '|' after a Chinese one, else the sentence before the authors of a"
              " 'Title. Authors [affiliation] (year)' line; headings, bare URLs, blog links and the"
              " reading-advice question are not entries; 18 lines no rule fits were read by hand (BY_HAND)", "every line of the file from line 70 read against the result")
    start = next(i for i, s in enumerate(t.lines, 1) if s.startswith("# :rainbow:"))
    for i in range(start, len(t.lines) + 1):
        text = t.line(i)
        if i not in BY_HAND and (not text.strip() or text.startswith(("#", ">", "<", "http"))):
            continue
        if i in BY_HAND:
            if (fix := BY_HAND[i]) is not None:
                t.add(i, fix[0], fix[1])
            continue
        title = title_of(text)
        if title:
            t.add(i, i, title)
    t.write()


if __name__ == "__main__":
    main()
