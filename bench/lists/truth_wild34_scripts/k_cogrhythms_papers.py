"""Wild34 truth for cogrhythms/cogrhythms.github.io research/papers/index.md: the publication page of
the Cognitive Rhythms Collaborative (a Boston-area neuroscience research network's site, 2012), a
hand-pasted list of members' papers in mixed PubMed and quoted-title citation styles, no links.

Shape: "## Published" then "### 2012" .. "### 2009" year headings and "# Book Chapters" (line 139); each
record is a "- " bullet, a few continued on indented lines after a ``<br>`` (lines 57-58, 78-79,
80-81, 83-85, 93-94).  An entry spans its bullet line and its continuation lines.  Titles come in two
shapes: PubMed style "Authors. Title. Journal. Date;vol(issue):pages" (title between the author list
and the journal abbreviation) and quoted style 'Authors (year) "Title", Journal'.  Because the record
writing is irregular the script extracts the title with those two patterns and overrides the lines
where they fail (the ``FIX`` table), each checked by eye against the file.

Special cases:
- line 70: one bullet holds two papers, Howe et al. (PNAS 2011) and, run on after its "Epub 2011 Sep
  26", Kahn I et al. "Characterization of the functional" (cut off mid-title in the file): two
  entries on the same line, the second titled as written.
- line 123: the quoted title is empty (``""``): title None.
- lines 16, 41: no full stop between title and journal ("...and behavior Mol Psychiatry."): the
  title stops before the journal abbreviation.
- lines 35-37, 21, 53, 54, 51: the author list ends with "," instead of "."; line 29 runs the journal
  on after a comma ("..., Neuroscientist."); line 82 quotes a phrase inside the title ("time cells").
- lines 57, 78, 80, 83, 93: a ``<br>`` instead of a full stop separates authors, title or journal.
- lines 112, 133: an opening quote is never closed; the title stops at the full stop before the venue.
- lines 133, 135: Society for Neuroscience meeting abstracts (Program No.): conference papers, kept.
- lines 118, 128: FENS meeting abstracts, kept.
- lines 143-147 ("# Book Chapters"): chapters in edited scholarly volumes are scholarly works and are
  entries (the books themselves are not named as entries).
- line 149: an HTML comment holding an older "Accepted (in press)" list is not rendered: no entries.
- DOIs are written as "doi: 10.x/y\\." with a Markdown-escaped full stop; the escaped "\\." renders as
  "." and is not part of the DOI, so the trailing backslash is dropped from the helper's DOI.  Line 72
  writes a truncated DOI "doi:10.1016/j.brainresbull, 03.026"; the DOI as written is
  10.1016/j.brainresbull.
105 entries (104 bullets, line 70 counted twice).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "cogrhythms__cogrhythms.github.io__research__papers__index@6a9c306.md"
PART = "wild34_development"

# line -> title, where the two patterns below do not find the title as the file writes it
FIX = {
    16: "A critical role for NMDA receptors in parvalbumin interneurons for gamma rhythm induction and behavior",
    21: "Canards of mixed type in a neural burster",
    29: "Epilepsy as a Disorder of Cortical Network Organization",
    35: "Dynamical changes in neurological diseases and anesthesia",
    36: "Long-range-projecting GABAergic neurons modulate inhibition in hippocampus and entorhinal cortex",
    37: "Subthreshold somatic voltage in neocortical pyramidal cells can control whether spikes propagate from the axonal plexus to axon terminals: a model study",
    41: "Eye movements modulate the spatiotemporal dynamics of word processing",
    51: "Dual γ rhythm generators control interlaminar synchrony in auditory cortex",
    53: "A critical period for auditory thalamocortical connectivity",
    54: "Advance cueing produces enhanced action-boundary patterns of spike activity in the sensorimotor striatum",
    57: "Neural substrates of cognitive capacity limitations",
    76: "A spatiotemporal dynamic distributed solution to the MEG inverse problem",
    78: "Modeling the spatial reach of the LFP",
    80: "State-space solutions to the dynamic magnetoencephalography inverse problem using high performance computing",
    82: 'Hippocampal "time cells" bridge the gap in memory for discontiguous events',
    83: "Striatal origin of the pathologic beta oscillations in Parkinson's disease",
    93: "Dynamics of dynamics within a single data acquisition session: variation in neocortical alpha oscillations in human MEG",
    112: "Comparative power spectral analysis of simultaneous electroencephalographic and magnetoencephalographic recordings in humans suggests non-resistive extracellular media: EEG and MEG power spectra",
    133: "Modulation of beta power in the prefrontal cortex and caudate nucleus of monkeys during self-timed sequential arm movements",
    143: "Biophysically Principled Computational Neural Network Modeling of Magneto-/Electro- Encephalography Measured Human Brain Oscillations",
    144: "Neural mechanisms for the executive control of attention",
    145: "The prefrontal cortex and executive brain functions",
    146: "Adaptive neural coding in frontal and parietal cortex",
    147: "Top-Down Control of Attention by Rhythmic Neural Computations",
}


def title_of(text: str) -> str | None:
    q = re.search(r'"([^"]*)"', text)
    if q:
        return q.group(1) or None
    # PubMed style: author list "Surname AB, Surname C." then "Title." then the journal
    m = re.match(r"^(?:[^.]*?\b[A-Z][A-Za-z]{0,3}(?: 3rd| Jr)?\.)\s+(.+?[.?])\s", text)
    return m.group(1) if m else None


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    end_of_list = 148  # line 149 is an HTML comment
    i = 1
    while i <= end_of_list:
        ln = lines[i - 1]
        if not ln.startswith("- "):
            i += 1
            continue
        last = i
        while last < end_of_list and lines[last].startswith("  ") and lines[last].strip():
            last += 1
        text = re.sub(r"<br>", " ", " ".join(x.strip() for x in lines[i - 1:last]))[2:]
        if i == 70:
            papers.append(entry(lines, i, last,
                                "Habit learning is associated with major shifts in frequencies of oscillatory activity and synchronized spike firing in striatum"))
            papers.append(entry(lines, i, last, "Characterization of the functional"))
        else:
            t = FIX.get(i, title_of(text))
            if i != 123:
                assert t, (i, text)
            papers.append(entry(lines, i, last, t))
        i = last + 1
    for p in papers:
        if p["doi"]:
            p["doi"] = p["doi"].rstrip("\\").rstrip(".,;:")
    assert len(papers) == 105, len(papers)
    write_truth(NAME, PART, papers,
                "Each '- ' bullet (with its indented continuation lines) is one entry, line 70 two; the title is the quoted title or, in PubMed-style records, the sentence between the author list and the journal, with a per-line override table for irregular records.",
                "All 105 entries checked by eye against the file (every title, span and DOI), including the two papers run together on line 70, the empty title on line 123, the unclosed quotes on lines 112 and 133, and the commented-out list on line 149.")


if __name__ == "__main__":
    main()
