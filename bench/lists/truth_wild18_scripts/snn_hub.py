"""Wild18 truth for haoran-zha/Awesome-Spiking-Neural-Networks-Hub README: a spiking-neural-network
hub (HTML banner, prose, a 'Start Here' table, a changelog in <details>, then Parts I-VI).

Shape: the paper sections (Part I to Part V, '### 1' to '### 9') are bullets
'- Title (**Venue Year**) ★. \\[[paper](url)\\]\\[[code](url)\\]' each followed by one indented
'  > note' line; the list often appends a nickname in parentheses to the title
('... Learning of SNNs (PLIF)').  Part VI holds tables of datasets, libraries, model repos and
awesome lists, then research-group bullets.

Entries:
- every bullet of Parts I-V carrying a '(**Venue Year**)' label, lines = the bullet and its '>'
  note; title = the text before ' (**', with a trailing parenthesised nickname the list adds
  dropped ('(PLIF)', '(TrueNorth)', '(Liquid State Machine)', '(V3)', ...), except where the
  parentheses belong to the title as written ('... Model Neuron (1907)', 'ROLLS: ... Processor
  (256 Neurons, 128k Synapses)').  Not entries among them: the Gerstner & Kistler textbook (line
  139, Cambridge Univ. Press), the DYNAP-CNN & Speck product page (line 525) and the Intel Hala
  Point newsroom item (line 570).  The Intel Loihi 2 technology brief (a technical report) and the
  Spike Response Model handbook chapter are entries.
- the 12 rows of the 'Start Here' landmark table (each one paper with its [paper] link); title =
  the bold cell when it is a title ('Networks of Spiking Neurons: The Third Generation',
  'Spike-driven Transformer'), null when it is a nickname or a label (TrueNorth, Loihi, STBP,
  e-prop, SEW-ResNet, QCFS, Spikformer, SpikeGPT, SpikingBrain, 'Unsupervised Learning with STDP').
Not entries: the commercial-platform bullets ('- **Lynxi ...** — ... [info]'), the changelog,
Part VI (dataset, benchmark-suite, library, model-zoo, awesome-list and community tables whose rows
are named after the resource even when they link its paper; research groups and companies), the
contributing template and the list's own BibTeX.
Counts: 225 bullets with a '(**...**)' label in lines 125-765 (grep), minus 3, plus 12 = 234;
226 '  > ' note lines in that range (one under each of the 230 bullets but the 5 platform bullets,
plus the section's own '> Also relevant' is not indented so not counted).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "haoran-zha__Awesome-Spiking-Neural-Networks-Hub__README@bb00dc0.md"
NOT_PAPERS = {139, 525, 570}
KEEP_PARENS = {173, 523}
START_TITLES = {"Networks of Spiking Neurons: The Third Generation", "Spike-driven Transformer"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = next(i for i, t in enumerate(lines, 1) if t == "## Start Here")
    part6 = next(i for i, t in enumerate(lines, 1) if t.startswith("## Part VI"))
    part1 = next(i for i, t in enumerate(lines, 1) if t.startswith("## Part I "))
    # Start Here table
    rows = 0
    for i in range(start + 1, start + 25):
        t = lines[i - 1]
        m = re.match(r"\| (\d{4}) \| \*\*(.+?)\*\* — ", t)
        if m:
            rows += 1
            name = m.group(2)
            papers.append(entry(lines, i, i, name if name in START_TITLES else None))
    assert rows == 12, rows
    labelled = 0
    for i in range(part1, part6):
        t = lines[i - 1]
        if not t.startswith("- "):
            continue
        m = re.match(r"- (.+?) \(\*\*[^*]*\*\*\)", t)
        if not m:
            assert "[info]" in t, t
            continue
        labelled += 1
        if i in NOT_PAPERS:
            continue
        title = m.group(1)
        if i not in KEEP_PARENS:
            title = re.sub(r" \([^()]+\)$", "", title)
        last = i
        while lines[last].startswith("  > "):
            last += 1
        assert last == i + 1, i
        papers.append(entry(lines, i, last, title))
    assert labelled == 225, labelled
    assert len(papers) == 234, len(papers)
    write_truth(NAME, "wild18_development", papers,
                "every 'Title (**Venue Year**). [paper]' bullet of Parts I-V with its '>' note line (not the"
                " textbook, a product page and a news item), title = the text before the venue with a"
                " trailing list-added nickname in parentheses dropped; plus the 12 'Start Here' landmark rows,"
                " title = the bold cell when it is a title, else null; Part VI tables (datasets, libraries,"
                " repos), platform and lab bullets are not entries",
                "the counts (225 labelled bullets by grep, 3 left out, 12 table rows), every bullet whose"
                " title ended in parentheses (60, nickname dropped but two), every section's first and last"
                " entry, the 12 Start Here rows, the Part VI tables and the platform bullets left out, about"
                " 30 random titles and ids against the file")


if __name__ == "__main__":
    main()
