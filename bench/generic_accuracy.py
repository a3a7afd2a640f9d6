"""How well the generic reader reads the real paper lists of ../shared/corpus/generic-lists.

Prints per file: entries found against the papers the list holds (counted by hand from
each list's shape, see EXPECTED), arXiv-id recall (ids written anywhere in the file outside
code blocks and contents/news/contributing sections, found as some entry's id), arXiv-id
precision (an entry's id is written within the entry's own lines) and the hand-checked
titles (SPOT: a fixed sample whose titles were read off the files by eye).

Then the lists-pool (issue 26): for the development and the held-out part of
bench/lists/split.toml (the files that have a truth file in bench/lists/truth), per file and
totalled: entries found, titles exact (and ignoring case), arXiv-id recall and precision,
invented entries (see bench/list_score.py for the rules).

    python bench/generic_accuracy.py            # both reports
    python bench/generic_accuracy.py --pool     # the lists-pool only
    python bench/generic_accuracy.py --pool -v  # ... and the first misses of each file
    python bench/generic_accuracy.py --open-only  # the open set only
    python bench/generic_accuracy.py --dev      # the development part only (no held-out figure)

When the open set's files are present ($ZD_OPEN_LISTS, default /work/openlists/files; see
bench/lists/open.toml), the report also scores its two parts after the pool's: open_development
per file, open_held_out totalled only, and the side-by-side summary gains two columns.  Without
them the output is the pool report alone, as before.  The open set's second batch (part
open_development_2, all development files) is printed after them, per file, with its own
summary column (open dev 2); the first batch's parts and columns are unchanged.  Batch 3
(open_development_3 per file, open_held_out_3 totalled only) adds the columns open dev 3 and open
held-out 3 once its truths are written.  The wild set (bench/lists/wild.toml, files in $ZD_WILD_LISTS,
default /work/wild/files) follows with its own two columns (wild dev per file, wild held-out totalled
only); ``--wild-only`` prints it alone.  The second and third wild sets (bench/lists/wild2.toml and
wild3.toml ... wild62.toml, files in $ZD_WILD2_LISTS ... $ZD_WILD62_LISTS, default
/work/wild2/files ... /work/wild62/files) are held out (or moved to development) and printed last, one
total each; ``--wild2-only`` ... ``--wild62-only`` print one alone, ``--joined wild51 wild52`` the
held-out files of several sets as one total.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from pathlib import Path

from list_score import Read, Score, normalise, score, total

from zoterodigest.digest import read_digest
from zoterodigest.digest.base import Sections
from zoterodigest.digest.document import DigestReadError
from zoterodigest.digest.generic import skipped_section
from zoterodigest.ids import parse_arxiv

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "generic-lists"
POOL = CORPUS.parent / "lists-pool"
LISTS = Path(__file__).resolve().parent / "lists"
#: The open set's files (bench/lists/open.toml says where each came from); absent in CI.
OPEN = Path(os.environ.get("ZD_OPEN_LISTS", "/work/openlists/files"))

#: Papers each list holds, counted from its shape (greps checked against the file by eye).
EXPECTED = {
    "BradyFU": 577,  # table rows and survey bullets linking a paper; 29 rows link only a blog post or a model page
    "JimmyZou": 173,  # 179 '###' headings - 6 dataset and repository headings
    "WooooDyy": 325,  # 323 '[YYYY/MM]' items + 2 '[YYYY-MM]' items
    "ZizouHe": 93,  # numbered references - a book ("*Title*. Springer, 2022.")
    "amusi": 495,  # 498 bold titles - 3 Chinese translations of the title above
    "eugeneyan": 190,  # 171 items with a ([Paper]) link + 19 whose title links to a paper
    "georgestein": 443,  # table rows
    "hussius": 92,  # bold paragraphs with a paper link (tools with only code links left out)
    "iHeadWater": 34,  # '## Title（year）' headings
    "iml-wg": 3187,  # 3185 linked bullets + 2 bullets without a link
    "javedali99": 38,  # '- [Title](link)' items
    "kjw0612": 160,  # bullets and sub-bullets naming a paper (short names included)
    "ndb796": 37,  # '* Title (Venue Year)' items
    "showlab": 772,  # 793 '+ [' items - 21 GitHub-only tools
    "thunlp": 461,  # '1. **Title.**' items
    "youngfish42": 2565,  # 2305 bullets + 260 table rows with [[PUB]]/[[PDF]] links
}

_ARXIV = re.compile(
    r"arxiv\.org/(?:abs|pdf|html)/((?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)"
    r"|arxiv\s*:\s*((?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)"
    r"|10\.48550/arxiv\.(\d{4}\.\d{4,5})",
    re.IGNORECASE,
)


def ids_in(text: str) -> set[str]:
    out = set()
    for m in _ARXIV.finditer(text):
        a = parse_arxiv(m.group(1) or m.group(2) or m.group(3))
        if a:
            out.add(a.id)
    return out


def expected_ids(path: Path) -> set[str]:
    digest = read_digest(path)
    doc = digest.doc
    sections = Sections(doc)
    keep = [doc.lines[i] for i in range(len(doc.lines))
            if not doc.fenced[i] and not skipped_section(sections.path_at(i))]
    return ids_in("\n".join(keep))


#: (file, line, title as the list writes it): a sample checked by eye.
SPOT = [
    ("BradyFU", 232, "Prismatic VLMs: Investigating the Design Space of Visually-Conditioned Language Models"),
    ("BradyFU", 692, "Inst-IT: Boosting Multimodal Instance Understanding via Explicit Visual Prompt Instruction Tuning"),
    ("JimmyZou", 92, "Single-Stage Multi-Person Pose Machines"),
    ("JimmyZou", 652, "Unpaired Pose Guided Human Image Generation"),
    ("WooooDyy", 169, "How Can We Know What Language Models Know?"),
    ("WooooDyy", 198, "MemGPT: Towards LLMs as Operating Systems"),
    ("ZizouHe", 16, "The Factor Multiverse: The Role of Interest Rates in Factor Discovery"),
    ("ZizouHe", 89, "Deep learning in asset pricing"),
    ("amusi", 296, "DG-Font: Deformable Generative Networks for Unsupervised Font Generation"),
    ("amusi", 3282, ("Multi-institutional Collaborations for Improving Deep Learning-based Magnetic Resonance Image "
                    "Reconstruction Using Federated Learning")),
    ("eugeneyan", 135, "Scalable Data Classification for Security and Privacy"),
    ("eugeneyan", 245, "Understanding Data Storage and Ingestion for Large-Scale Deep Recommendation Model Training"),
    ("georgestein", 158, "Neural Network Acceleration of Large-scale Structure Theory Calculations"),
    ("georgestein", 632, "Building Trustworthy Machine Learning Models for Astronomy"),
    ("hussius", 112, "ProGen2: Exploring the Boundaries of Protein Language Models"),
    ("hussius", 410, "Active deep learning reduces annotation burden in automatic cell segmentation"),
    ("iHeadWater", 16, ("Merging remote sensing data and national agricultural statistics to model change in irrigated "
                       "agriculture")),
    ("iHeadWater", 421, ("Physical versus economic water footprints in crop production: A spatial and temporal analysis "
                        "for China")),
    ("iml-wg", 301, "Hierarchical Graph Neural Networks for Particle Track Reconstruction"),
    ("iml-wg", 2770, "Nonparametric semisupervised classification for signal detection in high energy physics"),
    ("javedali99", 271, ("Using Machine Learning to Analyze Physical Causes of Climate Change: A Case Study of U.S. "
                        "Midwest Extreme Precipitation")),
    ("javedali99", 506, "Deep learning to represent subgrid processes in climate models"),
    ("kjw0612", 97, "SSD: Single Shot MultiBox Detector"),
    ("kjw0612", 187, "Conditional Random Fields as Recurrent Neural Networks"),
    ("kjw0612", 250, "Object Detectors Emerge in Deep Scene CNNs"),
    ("ndb796", 57, ("Deep Compression: Compressing Deep Neural Networks with Pruning, Trained Quantization and "
                   "Huffman Coding")),
    ("ndb796", 97, "Adversarial Patch"),
    ("showlab", 528, "Real-Time Video Generation with Pyramid Attention Broadcast"),
    ("showlab", 3009, ("Audio-visual Controlled Video Diffusion with Masked Selective State Spaces Modelling for "
                      "Natural Talking Head Generation")),
    ("thunlp", 377, "Hyperbolic Graph Convolutional Neural Networks"),
    ("thunlp", 1652, "Adversarial Attack on Graph Structured Data"),
    ("youngfish42", 364, "Data-Free Black-Box Federated Learning via Zeroth-Order Gradient Estimation"),
    ("BradyFU", 717, "Video-Bench: A Comprehensive Benchmark and Toolkit for Evaluating Video-based Large Language Models"),
    ("JimmyZou", 655, "Everybody Dance Now"),
    ("WooooDyy", 577, "Chain-of-thought prompting elicits reasoning in large language models"),
    ("ZizouHe", 46, "Left-tail momentum- Underreaction to bad news, costly arbitrage and equity returns"),
    ("amusi", 524, "HR-NAS: Searching Efficient High-Resolution Neural Architectures with Transformers"),
    ("eugeneyan", 497, "Deep Learned Super Resolution for Feature Film Production"),
    ("hussius", 458, "Molecular De-Novo Design through Deep Reinforcement Learning"),
    ("javedali99", 48, "Rainfall–runoff modelling using Long Short-Term Memory (LSTM) networks"),
    ("kjw0612", 173, "Seed, Expand and Constrain: Three Principles for Weakly-Supervised Image Segmentation"),
    ("kjw0612", 348, "Conditional Image Generation with PixelCNN Decoders"),
    ("kjw0612", 377, "A Neural Algorithm of Artistic Style"),
    ("ndb796", 9, "End-to-End Object Detection with Transformers"),
    ("showlab", 3231, "Difix3D+: Improving 3D Reconstructions with Single-Step Diffusion Models"),
    ("thunlp", 1546, ("Multi-task Learning for Metaphor Detection with Graph Convolutional Neural Networks and Word Sense "
                     "Disambiguation")),
    ("youngfish42", 1717, "Renyi Differential Privacy of The Subsampled Shuffle Model In Distributed Learning"),
    ("youngfish42", 3616, "Edge-Based Detection of Label Flipping Attacks in Federated Learning Using Explainable AI"),
]


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.1%}"


def _row(name: str, s: Score) -> str:
    r = s.ratios()
    return (f"{name[:44]:<44} {s.truth:>6} {_fmt(r['found']):>7} {_fmt(r['exact']):>7} {_fmt(r['exact_ci']):>7}"
            f" {_fmt(r['id_recall']):>7} {_fmt(r['id_precision']):>7} {s.invented:>5} {_fmt(r['invented']):>7}")


HEAD = (f"{'file':<44} {'truth':>6} {'found':>7} {'exact':>7} {'exactCI':>7} {'idRec':>7} {'idPrec':>7}"
        f" {'inv':>5} {'inv%':>7}")


def _misses(papers: list[dict[str, object]], reads: list[Read]) -> None:
    shown = 0
    for p in papers:
        got = [r for r in reads if r.first <= int(str(p["line"])) <= r.last]
        if not got:
            print(f"    missed {p['line']}: {p['title']!r}")
        elif p.get("title") and all(normalise(r.title) != normalise(str(p["title"])) for r in got):
            print(f"    title  {p['line']}: {got[0].title!r} (truth {p['title']!r})")
        else:
            continue
        shown += 1
        if shown >= 6:
            break


def _read_scores(folder: Path, name: str, truth_file: Path) -> tuple[Score, list[dict[str, object]], list[Read]]:
    papers = json.loads(truth_file.read_text(encoding="utf-8"))["papers"]
    try:
        digest = read_digest(folder / name)
    except DigestReadError as err:  # (a list the reader refuses reads as none of its papers found, and says why)
        print(f"  {name}: not read ({err.problem})", file=sys.stderr)
        return score(papers, []), papers, []
    reads = [Read(e.lines[0], e.lines[1], e.paper.title, e.paper.arxiv_id) for e in digest.entries]
    return score(papers, reads), papers, reads


def pool_parts(verbose: bool = False, parts: tuple[str, ...] = ("development", "held_out")) -> dict[str, Score] | None:
    """Print the lists-pool parts (development per file, held-out totalled) and return their totals."""
    if not POOL.is_dir() or not (LISTS / "split.toml").is_file():
        print(f"no lists-pool at {POOL}: nothing to measure")
        return None
    split = tomllib.loads((LISTS / "split.toml").read_text(encoding="utf-8"))
    totals: dict[str, Score] = {}
    for part in parts:
        scores = []
        print(f"\n{part}\n{HEAD}")
        for name in split[part]["files"]:
            truth_file = LISTS / "truth" / (name.removesuffix(".md") + ".json")
            if not truth_file.is_file() or not (POOL / name).is_file():
                continue
            s, papers, reads = _read_scores(POOL, name, truth_file)
            scores.append(s)
            if part == "held_out":
                continue  # held-out files are scored, never shown one by one (nobody tunes on them)
            print(_row(name.split("@")[0], s))
            if verbose:
                _misses(papers, reads)
        totals[part] = total(scores)
        print(_row(f"all {part} ({len(scores)} files)", totals[part]))
    return totals


#: The open set's parts in report order; the later batches' columns appear only when scored.
OPEN_PARTS = ("open_development", "open_held_out", "open_development_2", "open_development_3", "open_held_out_3")
LATER_PARTS = OPEN_PARTS[2:]
HELD_OUT_PARTS = ("open_held_out", "open_held_out_3")
#: Summary columns of the later batches: part, header.
LATER_COLUMNS = (("open_development_2", "open dev 2"), ("open_development_3", "open dev 3"),
                 ("open_held_out_3", "open held-out 3"))


def open_parts(verbose: bool = False) -> dict[str, Score] | None:
    """Print the open set's parts (bench/lists/open.toml; files in $ZD_OPEN_LISTS) and return their totals.

    open_development is shown per file; open_held_out only totalled.  Nothing is printed and None is
    returned when the open files are absent (CI has none).
    """
    meta_file = LISTS / "open.toml"
    if not meta_file.is_file() or not OPEN.is_dir():
        return None
    meta = tomllib.loads(meta_file.read_text(encoding="utf-8"))
    totals: dict[str, Score] = {}
    for part in OPEN_PARTS:
        scores = []
        if part in LATER_PARTS and not any(f["part"] == part for f in meta["file"]):
            continue
        print(f"\n{part}\n{HEAD}")
        for f in meta["file"]:
            name = f["name"]
            truth_file = LISTS / "truth_open" / (name.removesuffix(".md") + ".json")
            if f["part"] != part or not truth_file.is_file() or not (OPEN / name).is_file():
                continue
            s, papers, reads = _read_scores(OPEN, name, truth_file)
            scores.append(s)
            if part in HELD_OUT_PARTS:
                continue  # scored only, never shown one by one
            print(_row(name.split("@")[0], s))
            if verbose:
                _misses(papers, reads)
        totals[part] = total(scores)
        print(_row(f"all {part} ({len(scores)} files)", totals[part]))
    for part in LATER_PARTS:
        if part in totals and not totals[part].truth:
            del totals[part]  # a later batch's files (or truths) absent: the report stays as before
    if not any(t.truth for t in totals.values()):
        return None
    return totals


LABELS = {"found": "entries found", "exact": "titles exact", "exact_ci": "titles exact (any case)",
          "id_recall": "arXiv-id recall", "id_precision": "arXiv-id precision", "invented": "invented entries"}


def summary(pool: dict[str, Score] | None, opened: dict[str, Score] | None) -> None:
    """The parts side by side: the pool's two columns, then the open set's two when its files are present."""
    if pool is None and opened is None:
        return
    head = f"\n{'':<22}"
    if pool is not None:
        head += f" {'development':>12} {'held-out':>12}"
    if opened is not None:
        head += f" {'open dev':>12} {'open held-out':>14}"
        head += "".join(f" {label:>15}" for part, label in LATER_COLUMNS if part in opened)
    print(head)
    for key, label in LABELS.items():
        row = f"{label:<24}"
        if pool is not None:
            dev, held = pool["development"].ratios(), pool["held_out"].ratios()
            row += f" {_fmt(dev[key]):>10} {_fmt(held[key]):>12}"
        if opened is not None:
            odev, oheld = opened["open_development"].ratios(), opened["open_held_out"].ratios()
            row += f" {_fmt(odev[key]):>12} {_fmt(oheld[key]):>14}"
            row += "".join(f" {_fmt(opened[part].ratios()[key]):>15}" for part, _ in LATER_COLUMNS if part in opened)
        print(row)


#: The wild set's files (bench/lists/wild.toml says where each came from); absent in CI.
WILD = Path(os.environ.get("ZD_WILD_LISTS", "/work/wild/files"))


def wild_parts(verbose: bool = False) -> dict[str, Score] | None:
    """Print the wild set's parts (development per file, held-out totalled only) and return their
    totals; None when its files are absent."""
    meta_file = LISTS / "wild.toml"
    if not meta_file.is_file() or not WILD.is_dir():
        return None
    meta = tomllib.loads(meta_file.read_text(encoding="utf-8"))
    totals: dict[str, Score] = {}
    for part in ("wild_development", "wild_held_out"):
        scores = []
        print(f"\n{part}\n{HEAD}")
        for f in meta["file"]:
            truth_file = LISTS / "truth_wild" / (f["name"].removesuffix(".md") + ".json")
            if f["part"] != part or not truth_file.is_file() or not (WILD / f["name"]).is_file():
                continue
            s, papers, reads = _read_scores(WILD, f["name"], truth_file)
            scores.append(s)
            if part == "wild_held_out":
                continue  # scored only, never shown one by one
            print(_row(f["name"].split("@")[0], s))
            if verbose:
                _misses(papers, reads)
        totals[part] = total(scores)
        print(_row(f"all {part} ({len(scores)} files)", totals[part]))
    if not any(t.truth for t in totals.values()):
        return None
    print(f"\n{'':<22} {'wild dev':>12} {'wild held-out':>14}")
    for key, label in LABELS.items():
        dev, held = totals["wild_development"].ratios(), totals["wild_held_out"].ratios()
        print(f"{label:<24} {_fmt(dev[key]):>10} {_fmt(held[key]):>14}")
    return totals


#: The later wild sets, all held out (bench/lists/<name>.toml, truth in truth_<name>/); absent in CI.
LATER_SETS = {
    "wild2": Path(os.environ.get("ZD_WILD2_LISTS", "/work/wild2/files")),
    "wild3": Path(os.environ.get("ZD_WILD3_LISTS", "/work/wild3/files")),
    "wild4": Path(os.environ.get("ZD_WILD4_LISTS", "/work/wild4/files")),
    "wild5": Path(os.environ.get("ZD_WILD5_LISTS", "/work/wild5/files")),
    "wild6": Path(os.environ.get("ZD_WILD6_LISTS", "/work/wild6/files")),
    "wild7": Path(os.environ.get("ZD_WILD7_LISTS", "/work/wild7/files")),
    "wild8": Path(os.environ.get("ZD_WILD8_LISTS", "/work/wild8/files")),
    "wild9": Path(os.environ.get("ZD_WILD9_LISTS", "/work/wild9/files")),
    "wild10": Path(os.environ.get("ZD_WILD10_LISTS", "/work/wild10/files")),
    "wild11": Path(os.environ.get("ZD_WILD11_LISTS", "/work/wild11/files")),
    "wild12": Path(os.environ.get("ZD_WILD12_LISTS", "/work/wild12/files")),
    "wild13": Path(os.environ.get("ZD_WILD13_LISTS", "/work/wild13/files")),
    "wild14": Path(os.environ.get("ZD_WILD14_LISTS", "/work/wild14/files")),
    "wild15": Path(os.environ.get("ZD_WILD15_LISTS", "/work/wild15/files")),
    "wild16": Path(os.environ.get("ZD_WILD16_LISTS", "/work/wild16/files")),
    "wild17": Path(os.environ.get("ZD_WILD17_LISTS", "/work/wild17/files")),
    "wild18": Path(os.environ.get("ZD_WILD18_LISTS", "/work/wild18/files")),
    "wild19": Path(os.environ.get("ZD_WILD19_LISTS", "/work/wild19/files")),
    "wild20": Path(os.environ.get("ZD_WILD20_LISTS", "/work/wild20/files")),
    "wild21": Path(os.environ.get("ZD_WILD21_LISTS", "/work/wild21/files")),
    "wild22": Path(os.environ.get("ZD_WILD22_LISTS", "/work/wild22/files")),
    "wild23": Path(os.environ.get("ZD_WILD23_LISTS", "/work/wild23/files")),
    "wild24": Path(os.environ.get("ZD_WILD24_LISTS", "/work/wild24/files")),
    "wild25": Path(os.environ.get("ZD_WILD25_LISTS", "/work/wild25/files")),
    "wild26": Path(os.environ.get("ZD_WILD26_LISTS", "/work/wild26/files")),
    "wild27": Path(os.environ.get("ZD_WILD27_LISTS", "/work/wild27/files")),
    "wild28": Path(os.environ.get("ZD_WILD28_LISTS", "/work/wild28/files")),
    "wild29": Path(os.environ.get("ZD_WILD29_LISTS", "/work/wild29/files")),
    "wild30": Path(os.environ.get("ZD_WILD30_LISTS", "/work/wild30/files")),
    "wild31": Path(os.environ.get("ZD_WILD31_LISTS", "/work/wild31/files")),
    "wild32": Path(os.environ.get("ZD_WILD32_LISTS", "/work/wild32/files")),
    "wild33": Path(os.environ.get("ZD_WILD33_LISTS", "/work/wild33/files")),
    "wild34": Path(os.environ.get("ZD_WILD34_LISTS", "/work/wild34/files")),
    "wild35": Path(os.environ.get("ZD_WILD35_LISTS", "/work/wild35/files")),
    "wild36": Path(os.environ.get("ZD_WILD36_LISTS", "/work/wild36/files")),
    "wild37": Path(os.environ.get("ZD_WILD37_LISTS", "/work/wild37/files")),
    "wild38": Path(os.environ.get("ZD_WILD38_LISTS", "/work/wild38/files")),
    "wild39": Path(os.environ.get("ZD_WILD39_LISTS", "/work/wild39/files")),
    "wild40": Path(os.environ.get("ZD_WILD40_LISTS", "/work/wild40/files")),
    "wild41": Path(os.environ.get("ZD_WILD41_LISTS", "/work/wild41/files")),
    "wild42": Path(os.environ.get("ZD_WILD42_LISTS", "/work/wild42/files")),
    "wild43": Path(os.environ.get("ZD_WILD43_LISTS", "/work/wild43/files")),
    "wild44": Path(os.environ.get("ZD_WILD44_LISTS", "/work/wild44/files")),
    "wild45": Path(os.environ.get("ZD_WILD45_LISTS", "/work/wild45/files")),
    "wild46": Path(os.environ.get("ZD_WILD46_LISTS", "/work/wild46/files")),
    "wild47": Path(os.environ.get("ZD_WILD47_LISTS", "/work/wild47/files")),
    "wild48": Path(os.environ.get("ZD_WILD48_LISTS", "/work/wild48/files")),
    "wild49": Path(os.environ.get("ZD_WILD49_LISTS", "/work/wild49/files")),
    "wild50": Path(os.environ.get("ZD_WILD50_LISTS", "/work/wild50/files")),
    "wild51": Path(os.environ.get("ZD_WILD51_LISTS", "/work/wild51/files")),
    "wild52": Path(os.environ.get("ZD_WILD52_LISTS", "/work/wild52/files")),
    "wild53": Path(os.environ.get("ZD_WILD53_LISTS", "/work/wild53/files")),
    "wild54": Path(os.environ.get("ZD_WILD54_LISTS", "/work/wild54/files")),
    "wild55": Path(os.environ.get("ZD_WILD55_LISTS", "/work/wild55/files")),
    "wild56": Path(os.environ.get("ZD_WILD56_LISTS", "/work/wild56/files")),
    "wild57": Path(os.environ.get("ZD_WILD57_LISTS", "/work/wild57/files")),
    "wild58": Path(os.environ.get("ZD_WILD58_LISTS", "/work/wild58/files")),
    "wild59": Path(os.environ.get("ZD_WILD59_LISTS", "/work/wild59/files")),
    "wild60": Path(os.environ.get("ZD_WILD60_LISTS", "/work/wild60/files")),
    "wild61": Path(os.environ.get("ZD_WILD61_LISTS", "/work/wild61/files")),
    "wild62": Path(os.environ.get("ZD_WILD62_LISTS", "/work/wild62/files")),
}


def _set_scores(name: str) -> dict[str, list[tuple[str, Score]]]:
    """One later wild set's file scores by part ({} when its files are absent)."""
    meta_file, files = LISTS / f"{name}.toml", LATER_SETS[name]
    if not meta_file.is_file() or not files.is_dir():
        return {}
    scores: dict[str, list[tuple[str, Score]]] = {}
    for f in tomllib.loads(meta_file.read_text(encoding="utf-8"))["file"]:
        truth_file = LISTS / f"truth_{name}" / (f["name"].removesuffix(".md") + ".json")
        if truth_file.is_file() and (files / f["name"]).is_file():
            scores.setdefault(f["part"], []).append((f["name"], _read_scores(files, f["name"], truth_file)[0]))
    return scores


def held_joined(names: list[str]) -> Score | None:
    """Print the held-out files of several later sets as one total (a set too small to quote alone joined to the
    next), with its bands; None when none of them holds a held-out file here."""
    held = [sc for name in names for _, sc in _set_scores(name).get(f"{name}_held_out", [])]
    if not held:
        return None
    joined = total(held)
    print(f"\n{' + '.join(names)} held out, joined\n{HEAD}")
    print(_row(f"all held out ({len(held)} files)", joined))
    print(bands(held))
    return joined


def held_set(name: str) -> Score | None:
    """Print one later wild set's held-out total (never shown file by file) and return it, after
    its files moved to development (shown one by one); None when its files are absent."""
    scores = _set_scores(name)
    if not scores:
        return None
    if f"{name}_development" in scores:
        print(f"\n{name}_development\n{HEAD}")
        for file_name, score in scores[f"{name}_development"]:
            print(_row(file_name.split("@")[0][:44], score))
        dev = total([sc for _, sc in scores[f"{name}_development"]])
        print(_row(f"all {name}_development ({len(scores[f'{name}_development'])} files)", dev))
    held_scores = [sc for _, sc in scores.get(f"{name}_held_out", [])]
    if not held_scores:
        return None
    held = total(held_scores)
    print(f"\n{name}_held_out\n{HEAD}")
    print(_row(f"all {name}_held_out ({len(held_scores)} files)", held))
    print(bands(held_scores))
    return held


def bands(scores: list[Score]) -> str:
    """How many held-out files fall in each band of entries found, and how many invent entries:
    counts only, no file named (a held-out file is scored, never studied)."""
    found = [sc.found / sc.truth if sc.truth else 1.0 for sc in scores]
    return (f"  files by entries found: {sum(f >= 0.95 for f in found)} at 95% or more, "
            f"{sum(0.5 <= f < 0.95 for f in found)} at 50-95%, {sum(f < 0.5 for f in found)} under 50%; "
            f"{sum(sc.invented > 0 for sc in scores)} with invented entries")


def pool_report(verbose: bool = False) -> int:
    pool = pool_parts(verbose)
    summary(pool, open_parts(verbose))
    wild_parts(verbose)
    for name in LATER_SETS:
        held_set(name)
    return 0


def main() -> int:
    args = sys.argv[1:]
    if "--open-only" in args:
        summary(None, open_parts(verbose="-v" in args))
        return 0
    for name in LATER_SETS:
        if f"--{name}-only" in args:
            held_set(name)
            return 0
    if "--joined" in args:  # --joined wild51 wild52: those sets' held-out files as one total
        held_joined([a for a in args if a in LATER_SETS])
        return 0
    if "--wild-only" in args:
        wild_parts(verbose="-v" in args)
        return 0
    if "--dev" in args:  # the development part only: what to look at while changing the reader
        pool_parts(verbose="-v" in args, parts=("development",))
        return 0
    if "--pool" in args:
        return pool_report(verbose="-v" in args)
    generic_report()
    return pool_report(verbose="-v" in args)


def generic_report() -> int:
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return 0
    totals = {"found": 0, "expected": 0, "ids": 0, "ids_found": 0, "with_id": 0, "id_ok": 0}
    titles: dict[str, dict[int, str]] = {}
    print(f"{'file':<14} {'found':>6} {'listed':>6} {'found%':>7} {'id recall':>10} {'id precision':>13}")
    for key, listed in EXPECTED.items():
        (path,) = sorted(CORPUS.glob(f"{key}*.md"))
        digest = read_digest(path)
        text = digest.doc.text
        want = expected_ids(path)
        got = {e.paper.arxiv_id for e in digest.entries if e.paper.arxiv_id}
        with_id = [e for e in digest.entries if e.paper.arxiv_id]
        ok = sum(1 for e in with_id if e.paper.arxiv_id in ids_in(text[e.span.start : e.span.end]))
        found = min(len(digest.entries), listed)
        totals.update(found=totals["found"] + found, expected=totals["expected"] + listed,
                      ids=totals["ids"] + len(want), ids_found=totals["ids_found"] + len(want & got),
                      with_id=totals["with_id"] + len(with_id), id_ok=totals["id_ok"] + ok)
        recall = len(want & got) / len(want) if want else 1.0
        precision = ok / len(with_id) if with_id else 1.0
        print(f"{key:<14} {len(digest.entries):>6} {listed:>6} {found / listed:>7.1%} {recall:>10.1%} {precision:>13.1%}")
        titles[key] = {e.lines[0]: e.paper.title for e in digest.entries}
    exact = sum(1 for key, line, title in SPOT if titles[key].get(line) == title)
    for key, line, title in SPOT:
        if titles[key].get(line) != title:
            print(f"  title differs: {key}:{line}: {titles[key].get(line)!r} (the list: {title!r})")
    print(f"all: papers found {totals['found'] / totals['expected']:.1%} ({totals['found']} of {totals['expected']}),"
          f" arXiv-id recall {totals['ids_found'] / totals['ids']:.1%} ({totals['ids_found']} of {totals['ids']}),"
          f" precision {totals['id_ok'] / totals['with_id']:.1%}, titles exact {exact} of {len(SPOT)} checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
