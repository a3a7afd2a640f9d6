"""Wild36 truth for RomeroNatalia/MPCR-lab-website _excluded/publications.md: a university lab
site's page "Recent Faculty and Student Publications" (neuroscience, psychology, biomedical
engineering), kept in the site's `_excluded/` folder.

Shape: Jekyll front matter (lines 1-9), then `# 2021` and `# 2020` headings, each followed by
blank-line separated citation paragraphs written in loose, hand-typed styles: APA-like
"Authors (year). Title. *Venue*, vol, pages." with the faculty names in bold (the bold run sometimes
swallows the year, `**Wu JY and Prentice, H** **. (2021)**`), author-initial styles
("M.D. Hssayeni, **B. Ghoraani**, (2021) Title, *Venue*"), no year at all (lines 15, 65), no space
around the year (line 59).  The title is never marked up; it sits between the author list / year and
the italic venue (or "In:" for chapters).  Horizontal rules `* * *` (lines 31, 83) close each year.

Every paragraph is one entry (33): journal articles, conference papers and four chapters in edited
volumes (lines 19, 21, 51, 65), which are scholarly works like the journal articles.  Titles are
taken as written (a lower-case start on line 63 kept; "Point of View:" on line 25 is part of the
article's title), without the separator after them; the stray closing quote after the titles on
lines 25 and 79 is not part of the title; line 71's title is a Markdown link (its final period
dropped); line 81's title is in curly quotes.
Ids: DOIs come from `DOI:`/`doi:` text (47, 49, 69, 71), doi.org links (51, 67, 77).  Line 51's link
text escapes the asterisk of the (mangled) DOI `10.1007/978-1-0716-0421-2*341`; the rendered text and
the URL both give `...-2*341`, so the truth keeps that form, not the backslash the raw text holds.
Line 71's first link is to PubMed, not a DOI; its DOI comes from the `doi:` text after it.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "RomeroNatalia__MPCR-lab-website___excluded__publications@7dd86ac.md"
PART = "wild36_development"

TITLES = {
    13: "Do perceptual expertise and implicit racial bias predict early face-sensitive ERP responses?",
    15: "No cognitive processing in the unconscious, anesthetic-like, state of sleep",
    17: "Role of the reuniens and rhomboid thalamic nuclei in anxiety-like avoidance behaviors in the rat",
    19: "Structural and functional organization of the midline and intralaminar nuclei of the thalamus",
    21: "Nucleus reuniens: circuitry, function and dysfunction",
    23: "Potential new therapeutic intervention for ischemic stroke",
    25: "Point of View: Wearable Systems for at-home monitoring of motor complications in Parkinson’s disease should deliver clinically actionable information",
    27: "Multi-modal Physiological Data Fusion for Affect Estimation Using Deep Learning",
    29: "Detection of Mild Cognitive Impairment and Alzheimer’s Disease using Dual-task Gait Assessments and Machine Learning",
    35: "Surprise, value, and control in the anterior cingulate cortex during speeded decision-making",
    37: "Coordination Dynamics: A Foundation for Understanding Social Behavior",
    39: "Degeneracy and complexity in neuro-behavioral correlates of team coordination",
    41: "Spectral dissociation of lateralized brain rhythms",
    43: "Topological portraits of multiscale coordination dynamics",
    45: "The Human Dynamic Clamp reveals the fronto-parietal network linking real-time social coordination and cognition",
    47: "Metastable neural dynamics underlies cognitive performance across multiple behavioral paradigms",
    49: "Interactive psychometrics for autism with the Human Dynamic Clamp: Interpersonal synchrony from sensory-motor to socio-cognitive domains",
    51: "Movement Coordination",
    53: "Predicting Binding from Screening Assays with Transformer Network Embeddings",
    55: "Machine-learning approaches to substance-abuse research: emerging trends and their implications",
    57: "Gender Perception From Gait: A Comparison Between Biological, Biomimetic and Non-biomimetic Learning Paradigms",
    59: "Using conditional generative adversarial networks to reduce the effects of latency in robotic telesurgery",
    61: "Neural and Neuromimetic Perception: A Comparative Study of Gender Classification from Human Gait",
    63: "recovery of information from latent memory stores decreases over time",
    65: "Serotonergic regulation of hippocampal rhythmical activity",
    67: "mPFC spindle cycles organize sparse thalamic activation and recently active CA1 cells during non-REM sleep",
    69: "Granulocyte-colony stimulating factor gene therapy as a novel therapeutics for stroke in a mouse model",
    71: "Mode of action of granulocyte-colony stimulating factor (G-CSF) as a novel therapy for stroke in a mouse model",
    73: "Object and place information processing by CA1 hippocampal neurons of C57BL/6J mice",
    75: "Object recognition memory: Distinct yet complementary roles of the mouse CA1 and perirhinal cortex",
    77: "ADAP1/Centaurin-a1 negatively regulates dendritic spine function and memory formation in the hippocampus",
    79: "Atrial fibrillation source area probability mapping using electrogram patterns of multipole catheters",
    81: "Intracranial Hemorrhage Segmentation Using Deep Convolutional Model",
}


def plain(text: str) -> str:
    """The text as it reads rendered: links to their text, emphasis and escapes removed."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\\(.)", r"\1", text)
    text = text.replace("*", "")
    return re.sub(r"\s+", " ", text)


def main() -> None:
    lines = read_lines(NAME)
    starts = []
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if i <= 9 or not s or s.startswith("#") or s == "* * *":
            continue
        assert not lines[i].strip(), i  # every paragraph here is one line
        starts.append(i)
    assert starts == sorted(TITLES), starts
    papers = []
    for first in starts:
        title = TITLES[first]
        assert title in plain(lines[first - 1]), (first, title)
        p = entry(lines, first, first, title)
        if first == 51:
            assert p["doi"] == "10.1007/978-1-0716-0421-2\\*341", p["doi"]
            p["doi"] = "10.1007/978-1-0716-0421-2*341"
        papers.append(p)
    assert len(papers) == 33, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each citation paragraph under a year heading is one entry (journal and conference papers and four "
        "chapters in edited volumes); the title is the unmarked text between the author list/year and the venue "
        "(or 'In:'), as written, without the separator after it or a stray closing quote.",
        "All 33 paragraphs read by eye against the file and their titles written out by hand; each title checked "
        "to occur in its rendered paragraph; the chapters (19, 21, 51, 65), the paragraphs without a year (15, 65) "
        "or with the year inside the bold run (23, 45), the lower-case title (63), the linked title (71), the "
        "quoted titles (79, 81) and every DOI (47, 49, 51, 67, 69, 71, 77) checked.",
    )


if __name__ == "__main__":
    main()
