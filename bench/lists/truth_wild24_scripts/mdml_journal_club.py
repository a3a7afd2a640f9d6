"""Wild24 truth for m-dml/m-dml.github.io journal_club.md: the journal-club archive of a lab
(Greenberg's Model-Driven Machine Learning group at Hereon/HZG, ML for the geosciences), 2020-2023.

Shape: a short intro, then '## Archives' and one '###' section per session, newest first, from
'### 59. "Nickname" 14.03.2023' down to '### 1. "Hidden Fluid Mechanics" 24.03.20' (line 463 has no
number, line 474 puts it after the nickname).  The heading gives a joke nickname and a date, never the paper
title.  Each section is an announcement in prose; the papers appear in three ways:
- sessions 59-41 and a few older ones end with numbered references '[1] Authors. ["Title"](url)'
  (APA, IEEE or MLA style, sometimes unlinked, sometimes the url bare), the paper usually also named
  in the opening sentence ('our ML Seminar will cover "Title" by ...[1]');
- older sessions name the paper in the opening sentence only, as a link ('we will discuss the paper
  [Title](url)'), a quoted title with a '[pdf]' link, or just an author link ('[(Chantry et al.)](url)');
- a few sections list further reading as standalone lines ('Additional links from the discussion:'
  lines 649-650, 'Additional references' lines 663/665) or as bullets (sessions 9 and 6).
What is an entry (decided for this file): every scholarly work the session presents as something it
discusses, presents, covers or lists as reading: the main paper(s), papers the text says it will
'also discuss'/'also have a look at'/'also consider', numbered references and the reading lines.
Works cited only to source a statement ('reviewed in', 'introduced by', 'as proposed by', 'builds
on', 'a newer version', 'originated in', 'was proposed') are background and not entries: lines
299 ('In [X] further applications ... can be found'), 365, 376, 387, 420, 502, 581, 600, 613, 640, 644-646, 678-679 (NOT_ENTRIES).  Not entries either:
blog posts, videos, code, websites, tweets and Wikipedia links, the YouTube embeds, and reference
[3] on line 524 (a news article on theverge.com).
Decisions on the grey cases: line 309 ('We will also briefly cover existing approaches ... following
the review by [Prudden et al.]') is covered reading, an entry; session 9 (lines 588-590) discusses
tuning approaches through the papers that apply them (Tett, Williamson, Bellprat 2012, Li,
Bellprat 2016), entries, while its opening 'reviewed in [Hourdin et al., 2017]' is background;
session 6's bullets (625-627) name the papers the presenters will go through, entries (625 names
two); session 26 line 342 ('We will then discuss use cases ... These include [a], [b] and [c]'):
three entries; session 7 line 608 ('We will also briefly discuss a [follow-up] ... and a [related
paper]'): two entries.
Lines: an entry covers the lines of its session that name it, from the first such line to its
reference line (e.g. 15-19: the opening sentence and '[1]'); a work named in one place has that line
(a '[pdf]' or '[paper]' link on the next line is included: 457-458, 635-636, 674-675).
Titles: from the reference line when there is one, else from the naming line; quotes and a closing
',' or '.' removed, journal names inside link text dropped (lines 81, 96).  Null when the text gives
no title, only authors or a description as link text: 262, 276, 277, 286 (two), 307, 309, 316, 340
('Neural ODEs'), 342 (three descriptions), 588, 589 (three), 590, 608 (two).  Line 326's link text
'Physics-informed neural networks(PINNs) for the shallow-water equations' is taken as the title as
written.
Ids: from the entry's lines; where several entries share a line (286, 342, 589, 608, 625, 700)
each takes the id of its own link only.
Count check: 59 '###' session headings (sessions 59-1); 90 entries (19 with a null title); every
numbered '[n]' reference line lies in an entry or in NOT_ENTRIES (only 524).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "truth_wild_scripts"))
from _wild import clean, tidy
from _wild24 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "m-dml__m-dml.github.io__journal_club@603ad15.md"
PART = "wild24_development"

# (first line, last line, title or None, text that must occur in the lines): when the text is given,
# the entry's ids come from it alone (entries sharing a line: each gets its own link's id)
ENTRIES = [
    (15, 19, "Can deep learning beat numerical weather prediction?", None),
    (23, 27, ("Digital Twin Earth -- Coasts: Developing a fast and physics-informed surrogate model for coastal"
             " floods via neural operators"), None),
    (30, 34, ("Non-Linear Dimensionality Reduction with a Variational Encoder Decoder to Understand Convective"
             " Processes in Climate Models"), None),
    (38, 42, "History-based, Bayesian closure for stochastic parameterization: application to Lorenz'96", None),
    (46, 50, "Machine learning–accelerated computational fluid dynamics", None),
    (56, 56, "Ensemble Methods for Neural Network-Based Weather Forecasts", None),
    (60, 64, "Positional Encoder Graph Neural Networks for Geographic Data", None),
    (68, 72, ("FourCastNet: Accelerating Global High-Resolution Weather Forecasting using Adaptive Fourier Neural"
             " Operators"), None),
    (76, 81, "Non-local parameterization of atmospheric subgrid processes with neural networks", None),
    (84, 88, ("An Online-Learned Neural Network Chemical Solver for Stable Long-Term Global Simulations of"
             " Atmospheric Chemistry"), None),
    (91, 96, "Deep learning for surrogate modeling of two-dimensional mantle convection", None),
    (100, 107, "Deep Learning Based Cloud Cover Parameterization for ICON", None),
    (114, 114, "Machine learning for weather and climate are worlds apart", None),
    (118, 126, "Self-organizing maps identify windows of opportunity for seasonal European Summer Predictions", None),
    (131, 136, "Data-driven discovery of coordinates and governing equations", None),
    (140, 146, "Grokking: Generalization beyond overfitting on small algorithmic datasets", None),
    (155, 155, "Variational Data Assimilation with a Learned Inverse Observation Operator", None),
    (163, 163, "Forecasting Global Weather with Graph Neural Networks", None),
    (165, 165, "WeatherBench: A benchmark dataset for data-driven weather forecasting", None),
    (171, 177, "Climate-Invariant Machine Learning", None),
    (183, 183, "Towards high-accuracy deep learning inference of compressible turbulent flows over aerofoils", None),
    (196, 196, ("Using Machine Learning to Analyze Physical Causes of Climate Change: A Case Study of U.S. Midwest"
               " Extreme Precipitation"), None),
    (207, 207, "Exploring deep learning capabilities for surge predictions in coastal areas", None),
    (217, 217, ("A benchmark to test generalization capabilities of deep learning methods to classify severe"
               " convective storms in a changing climate"), None),
    (227, 227, "Prognostic Validation of a Neural Network Unified Physics Parameterization", None),
    (237, 237, ("Data-Driven Medium-Range Weather Prediction With a Resnet Pretrained on Climate Simulations: A New"
               " Model for WeatherBench"), None),
    (245, 245, "Machine Learning the Warm Rain Process", None),
    (262, 262, None, "[(Chantry et al.)](https://doi.org/10.1029/2021MS002477)"),
    (276, 276, None, "[(Chen et al.)](https://arxiv.org/abs/2002.05709)"),
    (277, 277, None, "[(Agastya et al.)](https://arxiv.org/abs/2108.05484)"),
    (286, 286, None, "[Keller et al.](https://gmd.copernicus.org/"),
    (286, 286, None, "[Kelp et al.](https://arxiv.org/ftp/arxiv/papers/1808/1808.03874.pdf)"),
    (297, 297, ("Physically Interpretable Neural Networks for the Geosciences: Applications to Earth System"
               " Variability"), None),
    (307, 307, None, "[deep generative model to forecast precipitation from radar images](http://arxiv.org/abs/2104.00954)"),
    (309, 309, None, "[Prudden et al.](https://arxiv.org/abs/2005.04988)"),
    (316, 316, None, "[machine learning to obtain fast preconditioners"),
    (326, 326, "Physics-informed neural networks(PINNs) for the shallow-water equations", None),
    (340, 340, None, "[Neural ODEs](https://arxiv.org/abs/1806.07366)"),
    (342, 342, None, "[turbulence forecasting](https://arxiv.org/abs/1911.05180)"),
    (342, 342, None, "[hurricane nowcasting at irregular time steps](https://www.climatechange.ai/"),
    (342, 342, None, "[crop classification under varying cloud cover](https://arxiv.org/abs/2012.02542)"),
    (349, 349, ("Learning Incompressible Fluid Dynamics from Scratch -- Towards Fast, Differentiable Fluid Models"
               " that Generalize"), None),
    (361, 361, ("Precipitation Nowcasting with Orographic Enhanced Stacked Generalization: Improving Deep Learning"
               " Predictions on Extreme Events"), None),
    (373, 373, "Capturing missing physics in climate model parameterizations using neural differential equations", None),
    (385, 385, "Potential and Limitations of Machine Learning for Modeling Warm-Rain Cloud Microphysical Processes", None),
    (396, 396, "Correcting weather and climate models by machine learning nudged historical simulations", None),
    (407, 407, ("Reconstruction of the Basin-Wide Sea Level Variability in the North Sea Using Coastal Data and"
               " Generative Adversarial Networks"), None),
    (418, 418, ("Use of neural networks for stable, accurate and physically consistent parameterization of subgrid"
               " atmospheric processes with good performance at reduced precision"), None),
    (439, 439, ("Combining data assimilation and machine learning to emulate a dynamical model from sparse and noisy"
               " observations: a case study with the Lorenz 96 model"), None),
    (443, 443, ("Bayesian inference of chaotic dynamics by merging data assimilation, machine learning and"
               " expectation-maximization"), None),
    (457, 458, ("Using Deep Neural Networks as Cost‐Effective Surrogate Models for Super‐Parameterized E3SM"
               " Radiative Transfer"), None),
    (466, 469, "On calibration of modern neural networks", None),
    (475, 483, "Learning temporal coherence via self-supervision for GAN-based video generation", None),
    (490, 490, "Viewing Forced Climate Patterns Through an AI Lens", None),
    (500, 500, ("Purely data-driven medium-range weather forecasting achieves comparable skill to physical models at"
               " similar resolution"), None),
    (511, 518, "Adversarial super-resolution of climatological wind and solar data", None),
    (521, 521, "Photo-Realistic Single Image Super-Resolution Using a Generative Adversarial Network", None),
    (530, 540, "Learning to Simulate Complex Physics with Graph Networks", None),
    (543, 543, "Fast Neural Network Emulation of Dynamical Systems for Computer Animation", None),
    (545, 545, "Interaction Networks for Learning about Objects, Relations and Physics", None),
    (548, 548, "Graph Neural Networks: A Review of Methods and Applications", None),
    (567, 567, "Climate goals and computing the future of clouds", None),
    (569, 569, ("Simulations of the Atmospheric General Circulation Using a Cloud-Resolving Model as a"
               " Superparameterization of Physical Processes"), None),
    (571, 571, ("Restricting 32–128 km horizontal scales hardly affects the MJO in the Superparameterized Community"
               " Atmosphere Model v.3.0 but the number of cloud-resolving grid columns constrains vertical mixing"), None),
    (573, 573, "Deep learning to represent subgrid processes in climate models", None),
    (575, 575, "A trio-interaction theory for Madden–Julian oscillation", None),
    (588, 588, None, "[Tett et al., 2017](https://gmd.copernicus.org/articles/10/3567/2017/"),
    (589, 589, None, "[Williamson et al., 2013](https://link.springer.com/article/10.1007%2Fs00382-013-1896-4)"),
    (589, 589, None, "[Bellprat et al. 2012](https://agupubs.onlinelibrary.wiley.com/doi/full/10.1029/2012JD018262)"),
    (589, 589, None, "[Li et al., 2019](https://gmd.copernicus.org/articles/12/3017/2019/)"),
    (590, 590, None, "[Bellprat et al. 2016](https://journals.ametsoc.org/jcli/article/29/2/819/"),
    (596, 596, "Artificial intelligence reconstructs missing climate information", None),
    (606, 606, "Latent Space Physics: Towards Learning the Temporal Evolution of Fluid Flow", None),
    (608, 608, None, "[follow-up](https://ge.in.tum.de/publications/latent-space-subdivision/)"),
    (608, 608, None, "[related paper on generative fluid modelling](https://arxiv.org/abs/1806.02071)"),
    (619, 619, "Predictability - a problem partly solved", None),
    (625, 625, "Recovering the parameters underlying the Lorenz-96 chaotic dynamics",
     "(https://arxiv.org/pdf/1906.06786.pdf)"),
    (625, 625, "Earth System Modeling 2.0", "(https://agupubs.onlinelibrary.wiley.com/doi/pdf/10.1002/2017GL076101)"),
    (626, 626, ("Coupled online learning as a way to tackle instabilities and biases in neural network"
               " parameterizations: general algorithms and Lorenz96 case study (v1.0)"), None),
    (627, 627, ("Machine Learning for Stochastic Parameterization: Generative Adversarial Networks in the Lorenz '96"
               " Model"), None),
    (635, 636, "Modeling Cloud Reflectance Fields using Conditional Generative Adversarial Networks", None),
    (649, 649, "Variational Dropout and and the Local Reparameterization Trick", None),
    (650, 650, "Dropout as a Bayesian Approximation: Representing Model Uncertainty in Deep Learning", None),
    (659, 659, "Deep learning for multi-year ENSO forecasts", None),
    (663, 663, "Do seasonal‐to‐decadal climate predictions underestimate the predictability of the real world?", None),
    (665, 665, "Skilful predictions of the winter North Atlantic Oscillation one year ahead", None),
    (674, 675, "MetNet: A Neural Weather Model for Precipitation Forecasting", None),
    (693, 693, "Spherical CNNs on Unstructured Grids", None),
    (700, 700, "Hidden fluid mechanics: Learning velocity and pressure fields from flow visualizations",
     "(https://science.sciencemag.org/content/367/6481/1026)"),
    (700, 700, "Physics Informed Neural Networks", "(https://www.sciencedirect.com/science/article/pii/S0021999118307125)"),
]
# lines holding a paper link or reference that are background or not scholarly (checked, not entries)
NOT_ENTRIES = {299, 365, 376, 387, 420, 502, 524, 581, 600, 613, 640, 644, 645, 646, 678, 679}


def main() -> None:
    lines = read_lines(NAME)
    sessions = [i for i, t in enumerate(lines, 1) if t.lstrip().startswith("### ")]
    assert len(sessions) == 59, len(sessions)
    papers = []
    for first, last, title, needle in ENTRIES:
        own = "\n".join(lines[first - 1:last])
        assert title is not None or needle, first
        if needle:
            assert needle in own, (first, needle)
        if title is not None:
            flat = tidy(clean(own.replace("\n", " ")))
            assert title in flat, (first, title)
        p = entry(lines, first, last, title)
        if sum(1 for e in ENTRIES if e[0] == first) > 1:
            p["arxiv"], p["doi"] = arxiv_of(needle), doi_of(needle)
        papers.append(p)
    # every numbered reference line is an entry unless listed as not one
    for i, t in enumerate(lines, 1):
        if re.match(r"\[\d+\]\s", t):
            assert any(p["line"] <= i <= p["end"] for p in papers) or i in NOT_ENTRIES, i
    for i in NOT_ENTRIES:
        assert not any(p["line"] <= i <= p["end"] for p in papers), i
    assert len(papers) == 90, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 19
    write_truth(NAME, PART, papers,
                "each scholarly work a session presents as discussed, covered or listed reading (main papers,"
                " 'also discuss' papers, numbered references, reading lines) is an entry spanning the session lines"
                " that name it; title from its reference when given, else from the naming line, null when only"
                " authors or a description are linked; works cited only as background, blogs, videos, code and"
                " a news link are not entries",
                "all 59 sessions read by eye: every link and reference in them (all lines holding a URL listed and"
                " reviewed) sorted into the 90 entries and the background/non-paper links (NOT_ENTRIES lines, plus"
                " blog, video, code, website, tweet and Wikipedia links);"
                " every title checked against its lines by the script and by eye, arXiv ids and DOIs of all"
                " entries compared with the links on their lines")


if __name__ == "__main__":
    main()
