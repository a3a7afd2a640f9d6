"""Hostile answer sets: one per rule of issue 27 (hand-written, none from a real record).

Each :class:`Case` is one paper as a digest gives it, with what arXiv, Semantic
Scholar and Crossref answer about it (in the shapes of ``tests/fakes/``), and
the outcome every writer must show (:class:`Expect`): a preprint, or one
publication with its kind, venue, year and DOI.  A venue is a canonical name of
``mappings/venues.toml`` or, for a venue no mapping knows, the name as the
source gives it.  ``rule`` says which rule the case tries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from fakes.arxiv_server import FakeRecord
from fakes.crossref_server import journal_article, proceedings_article
from fakes.s2_server import preprint, published


@dataclass(frozen=True)
class Expect:
    #: "preprint", "conference" or "journal".
    kind: str
    venue: str | None = None
    year: int | None = None
    workshop: bool = False
    #: The DOI written (None: none but arXiv's own).
    doi: str | None = None


PREPRINT = Expect("preprint")


@dataclass
class Case:
    name: str
    rule: str
    title: str
    author: str
    expect: Expect
    arxiv_id: str | None = None
    arxiv_year: int = 2023
    journal_ref: str | None = None
    arxiv_doi: str | None = None
    comment: str | None = None
    digest_doi: str | None = None
    s2: dict[str, Any] | None = None
    works: list[dict[str, Any]] = field(default_factory=list)

    def record(self) -> FakeRecord | None:
        if self.arxiv_id is None:
            return None
        return FakeRecord(id=self.arxiv_id, title=self.title, authors=[self.author, "Second Person"],
                          primary_category="cs.CV", published=dt.datetime(self.arxiv_year, 3, 4, 10, 0, 0),
                          version=1, doi=self.arxiv_doi, journal_ref=self.journal_ref, comment=self.comment)


def _id(n: int) -> str:
    return f"23{n % 12 + 1:02d}.{n:05d}"


def _conf(n: int, title: str, author: str, venue: str, acronym: str, **kw: Any) -> dict[str, Any]:
    return published(_id(n), title, [author, "Second Person"], arxiv_year=kw.pop("arxiv_year", 2023), venue=venue,
                     acronym=acronym, **kw)


def _journal(n: int | None, title: str, author: str, venue: str, acronym: str, **kw: Any) -> dict[str, Any]:
    return published(_id(n) if n else None, title, [author, "Second Person"], arxiv_year=kw.pop("arxiv_year", 2023),
                     venue=venue, acronym=acronym, kind="journal", **kw)


def _pre(n: int, title: str, author: str, year: int = 2023) -> dict[str, Any]:
    return preprint(_id(n), title, [author, "Second Person"], year)


def _by(name: str) -> list[tuple[str, str]]:
    """A Crossref author list whose first author is ``name``."""
    given, _, family = name.rpartition(" ")
    return [(given, family), ("Second", "Person")]


def _work(work: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = dict(work)
    out.update(changes)
    for name in [k for k, v in changes.items() if v is None]:
        out.pop(name)
    return out


def _evidence() -> list[Case]:
    """Rule 1: an answer is used only once it is shown to be this paper."""
    t1, t2, t3, t4 = ("Masked Autoencoders Are Scalable Vision Learner", "Diffusion Policies for Dexterous Grasping",
                      "Sparse Voxel Fields for Indoor Scenes", "Contrastive Pretraining of Tabular Encoders")
    return [
        Case("near-identical title from the title match", "evidence", t1, "Jan Kowalski", PREPRINT,
             s2=published(None, t1 + "s", ["Kaiming He"], arxiv_year=2021, venue="Computer Vision and Pattern "
                          "Recognition", acronym="CVPR", dblp="conf/cvpr/HeCXLDG22")),
        Case("identifier answer naming another paper", "evidence", t2, "Mei Tanaka", PREPRINT, arxiv_id=_id(2),
             s2=published(_id(2), t2 + " in Clutter with Tactile Feedback", ["Olu Okafor"], arxiv_year=2022,
                          venue="Conference on Robot Learning", acronym="CoRL", dblp="conf/corl/OkaforX22")),
        Case("arXiv DOI of another paper", "evidence", t3, "Ravi Nguyen", PREPRINT, arxiv_id=_id(3),
             arxiv_doi="10.1109/tro.2022.3100001", s2=_pre(3, t3, "Ravi Nguyen"),
             works=[journal_article("10.1109/tro.2022.3100001", "A Survey of Robotic Grasping", "IEEE Transactions "
                                    "on Robotics", year=2022, volume="38", issue="4", page="2001-2020")]),
        Case("identical title, same first author (accepted)", "evidence", t4, "Ana Dubois",
             Expect("conference", "ICML", 2023),
             s2=published(None, t4, ["Ana Dubois"], arxiv_year=2022, venue="International Conference on Machine "
                          "Learning", acronym="ICML", dblp="conf/icml/DuboisS23")),
    ]


def _venue_names() -> list[Case]:
    """Rule 1: a venue matches only as a whole name or an exact alias."""
    cases = []
    rows = [
        (10, "Graph Priors for Protein Docking", "Nature Communications", "Nat Commun"),
        (11, "Learned Indexes for Spatial Joins", "Journal of Computer Science and Technology", "J Comput Sci Technol"),
        (12, "Federated Edge Caching at Scale", "Procedia Computer Science", "Procedia Comput Sci"),
        (13, "Soft Grippers from Origami Folds", "Science Robotics", "Sci Robot"),
    ]
    for n, title, venue, short in rows:
        cases.append(Case(f"{venue} from Semantic Scholar", "venue names", title, "Lukas Weber",
                          Expect("journal", venue, 2023), arxiv_id=_id(n),
                          s2=_journal(n, title, "Lukas Weber", venue, short, journal={"name": venue, "volume": "14"})))
    cases += [
        Case("ICMLA from Semantic Scholar", "venue names", "Boosted Trees for Sensor Drift", "Hiroshi Sato",
             Expect("conference", "International Conference on Machine Learning and Applications", 2023),
             arxiv_id=_id(14), s2=_conf(14, "Boosted Trees for Sensor Drift", "Hiroshi Sato", "International "
                                        "Conference on Machine Learning and Applications", "ICMLA",
                                        journal={"name": "2023 International Conference on Machine Learning and "
                                                 "Applications (ICMLA)", "pages": "101-108"})),
        Case("VISAPP from Semantic Scholar", "venue names", "Stereo Matching with Event Cameras", "Chloé Martin",
             Expect("conference", "International Conference on Computer Vision Theory and Applications", 2023),
             arxiv_id=_id(15), s2=_conf(15, "Stereo Matching with Event Cameras", "Chloé Martin", "International "
                                        "Conference on Computer Vision Theory and Applications", "VISAPP")),
        Case("Science Advances in arXiv's journal_ref", "venue names", "Ice Sheet Emulators", "Zoë Berg",
             Expect("journal", "Science Advances", 2024), arxiv_id=_id(16),
             journal_ref="Science Advances 10, eadk1234 (2024)", s2=_pre(16, "Ice Sheet Emulators", "Zoë Berg")),
        Case("Journal of Computer Science and Technology from Crossref", "venue names", "Query Plans as Programs",
             "Wei Zhang", Expect("journal", "Journal of Computer Science and Technology", 2024,
                                 doi="10.1007/s11390-024-0001-1"), arxiv_id=_id(17),
             arxiv_doi="10.1007/s11390-024-0001-1", s2=_pre(17, "Query Plans as Programs", "Wei Zhang"),
             works=[journal_article("10.1007/s11390-024-0001-1", "Query Plans as Programs", "Journal of Computer "
                                    "Science and Technology", year=2024, volume="39", issue="1", page="1-20",
                                    short="J. Comput. Sci. Technol.", authors=_by("Wei Zhang"))]),
        Case("companion volume of the Web Conference", "tracks", "Ranking Ads with Session Graphs", "José Ruiz",
             Expect("conference", "Companion Proceedings of the ACM Web Conference", 2023), arxiv_id=_id(18),
             s2=_conf(18, "Ranking Ads with Session Graphs", "José Ruiz", "Companion Proceedings of the ACM Web "
                      "Conference", "WWW (Companion Volume)", dblp="conf/www/RuizP23")),
    ]
    return cases


def _tracks() -> list[Case]:
    """Rule 1: workshops, Findings, Tiny Papers and demos are never the main conference."""
    cvprw = "2023 IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops (CVPRW)"
    findings = "Findings of the Association for Computational Linguistics: EMNLP 2023"
    return [
        Case("CVPR Workshops from Semantic Scholar", "tracks", "Thermal Pedestrian Detection at Night", "Ana Costa",
             Expect("conference", "CVPR", 2023, workshop=True), arxiv_id=_id(20),
             s2=_conf(20, "Thermal Pedestrian Detection at Night", "Ana Costa", "2023 IEEE/CVF Conference on Computer "
                      "Vision and Pattern Recognition Workshops (CVPRW)", "CVPRW", journal={"name": cvprw,
                                                                                          "pages": "300-309"})),
        Case("CVPR Workshops from Crossref", "tracks", "Few-Shot Aerial Segmentation", "Ravi Rao",
             Expect("conference", "CVPR", 2022, workshop=True, doi="10.1109/cvprw56347.2022.00042"), arxiv_id=_id(21),
             arxiv_doi="10.1109/CVPRW56347.2022.00042", s2=_pre(21, "Few-Shot Aerial Segmentation", "Ravi Rao", 2022),
             works=[proceedings_article("10.1109/CVPRW56347.2022.00042", "Few-Shot Aerial Segmentation",
                                        "2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops "
                                        "(CVPRW)", year=2022, page="330-339", authors=_by("Ravi Rao"))]),
        Case("Findings of EMNLP from Semantic Scholar", "tracks", "Cheap Retrieval for Long Answers", "Mei Lin",
             Expect("conference", "Findings of EMNLP", 2023), arxiv_id=_id(22),
             s2=_conf(22, "Cheap Retrieval for Long Answers", "Mei Lin", "Conference on Empirical Methods in Natural "
                      "Language Processing", "EMNLP", journal={"name": findings, "pages": "1-12"},
                      dblp="conf/emnlp/LinP23")),
        Case("Findings of ACL in arXiv's journal_ref", "tracks", "Dialects in Instruction Tuning", "Olu Adeyemi",
             Expect("conference", "Findings of ACL", 2024), arxiv_id=_id(23),
             journal_ref="Findings of the Association for Computational Linguistics: ACL 2024, pages 100-112",
             s2=_pre(23, "Dialects in Instruction Tuning", "Olu Adeyemi")),
        Case("ICLR Tiny Papers in arXiv's journal_ref", "tracks", "A Note on Warmup Length", "Jörg Lang",
             Expect("conference", "ICLR Tiny Papers", 2023), arxiv_id=_id(24),
             journal_ref="ICLR 2023 Tiny Papers Track", s2=_pre(24, "A Note on Warmup Length", "Jörg Lang")),
        Case("EMNLP system demonstrations in arXiv's journal_ref", "tracks", "A Toolkit for Annotating Claims",
             "Anna Vogel", Expect("conference", "EMNLP Demos", 2023), arxiv_id=_id(25),
             journal_ref="Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing: "
             "System Demonstrations, pages 10-18", s2=_pre(25, "A Toolkit for Annotating Claims", "Anna Vogel")),
        Case("a CVPR workshop in arXiv's journal_ref (accepted)", "tracks", "Depth from Defocus in the Wild",
             "Wei Chen", Expect("conference", "CVPR", 2023, workshop=True), arxiv_id=_id(26),
             journal_ref="CVPR 2023 Workshop on Computational Cameras",
             s2=_pre(26, "Depth from Defocus in the Wild", "Wei Chen")),
    ]


def _status() -> list[Case]:
    """Rule 2: status words."""
    rows = [
        (30, "Submitted to CVPR 2024", PREPRINT, None),
        (31, "Under review at ICLR 2024", PREPRINT, None),
        (32, "Major revision at IEEE Transactions on Pattern Analysis and Machine Intelligence", PREPRINT, None),
        (33, "In review at NeurIPS 2023", PREPRINT, None),
        (34, "Under revision at IJCV", PREPRINT, None),
        (35, "Extended version of our CVPR 2022 paper", PREPRINT,
         published(_id(35), "Status Words Paper 35", ["Ana Silva", "Second Person"], arxiv_year=2023,
                   venue="Computer Vision and Pattern Recognition", acronym="CVPR", dblp="conf/cvpr/SilvaP22")),
        (36, "Accepted to ICCV 2023 (oral)", Expect("conference", "ICCV", 2023), None),
        (37, "To appear in IEEE TPAMI 2024", Expect("journal", "TPAMI", 2024), None),
        (38, "Camera-ready version, ECCV 2022", Expect("conference", "ECCV", 2022), None),
        (39, "Minor revision, Nature Communications", PREPRINT, None),
    ]
    out = []
    for n, ref, expect, s2 in rows:
        title = f"Status Words Paper {n}"
        out.append(Case(f"journal_ref '{ref}'", "status words", title, "Ana Silva", expect, arxiv_id=_id(n),
                        journal_ref=ref, s2=s2 or _pre(n, title, "Ana Silva")))
    out.append(Case("arXiv comment 'Accepted to ECCV 2024'", "status words", "Status Words Paper 41", "Ana Silva",
                    Expect("conference", "ECCV", 2024), arxiv_id=_id(41),
                    comment="14 pages. Accepted to ECCV 2024. Code: https://example.org/code",
                    s2=_pre(41, "Status Words Paper 41", "Ana Silva")))
    out.append(Case("arXiv comment 'Extended version of our ICML paper'", "status words", "Status Words Paper 40",
                    "Ana Silva", PREPRINT, arxiv_id=_id(40), comment="Extended version of our ICML 2022 paper",
                    s2=published(_id(40), "Status Words Paper 40", ["Ana Silva"], arxiv_year=2023,
                                 venue="International Conference on Machine Learning", acronym="ICML",
                                 dblp="conf/icml/Silva22")))
    return out


def _dois() -> list[Case]:
    """Rule 2: a DOI counts only when Crossref says it is a journal, proceedings or book chapter."""
    def typed(doi: str, kind: str, container: list[str], **extra: Any) -> dict[str, Any]:
        work = journal_article(doi, "x", "x", year=2023)
        return _work(work, type=kind, **{"container-title": container, **extra})

    return [
        Case("Zenodo DOI in arXiv's record", "DOI types", "Benchmarks for Tidal Forecasting", "Mei Ito", PREPRINT,
             arxiv_id=_id(50), arxiv_doi="10.5281/zenodo.7654321", s2=_pre(50, "Benchmarks for Tidal Forecasting",
                                                                           "Mei Ito")),
        Case("Research Square DOI in arXiv's record", "DOI types", "Soil Carbon from Satellite Time Series",
             "Ravi Kumar", PREPRINT, arxiv_id=_id(51), arxiv_doi="10.21203/rs.3.rs-2345678/v1",
             s2=_journal(51, "Soil Carbon from Satellite Time Series", "Ravi Kumar", "Research Square", "Res Sq",
                         journal={"name": "Research Square"}),
             works=[typed("10.21203/rs.3.rs-2345678/v1", "posted-content", [], subtype="preprint",
                          institution=[{"name": "Research Square"}], publisher="Research Square Platform LLC")]),
        Case("posted-content DOI stated by the digest", "DOI types", "Single-Cell Atlases with Flows", "Anna Holm",
             PREPRINT, arxiv_id=_id(52), digest_doi="10.1101/2023.01.01.522222",
             s2=_pre(52, "Single-Cell Atlases with Flows", "Anna Holm"),
             works=[typed("10.1101/2023.01.01.522222", "posted-content", ["bioRxiv"], subtype="preprint")]),
        Case("dataset DOI in arXiv's record", "DOI types", "A Corpus of Street Signs", "Olu Bello", PREPRINT,
             arxiv_id=_id(53), arxiv_doi="10.1234/signs.dataset.5", s2=_pre(53, "A Corpus of Street Signs", "Olu Bello"),
             works=[typed("10.1234/signs.dataset.5", "dataset", ["Street Sign Data Repository"])]),
        Case("component DOI in arXiv's record", "DOI types", "Figures of Merit for Lenses", "Zoë Park", PREPRINT,
             arxiv_id=_id(54), arxiv_doi="10.1371/journal.pone.0281234.g003",
             s2=_pre(54, "Figures of Merit for Lenses", "Zoë Park"),
             works=[typed("10.1371/journal.pone.0281234.g003", "component", ["PLoS ONE"])]),
        Case("peer-review DOI in arXiv's record", "DOI types", "Reviewing Neural Decoders", "Lukas Stein", PREPRINT,
             arxiv_id=_id(55), arxiv_doi="10.7554/elife.88888.sa1", s2=_pre(55, "Reviewing Neural Decoders",
                                                                          "Lukas Stein"),
             works=[typed("10.7554/elife.88888.sa1", "peer-review", ["eLife"])]),
        Case("arXiv's own DOI stated by the digest", "DOI types", "Token Merging for Speech", "Hiroshi Mori", PREPRINT,
             arxiv_id=_id(56), digest_doi=f"10.48550/arXiv.{_id(56)}", s2=_pre(56, "Token Merging for Speech",
                                                                               "Hiroshi Mori")),
    ]


def _one_publication() -> list[Case]:
    """Rule 3: one publication per paper, its own year."""
    tpami = "IEEE Transactions on Pattern Analysis and Machine Intelligence"
    return [
        Case("conference (S2) and journal extension (arXiv DOI)", "one publication", "Video Matting Transformers",
             "Wei Sun", Expect("journal", "TPAMI", 2024, doi="10.1109/tpami.2024.3300001"), arxiv_id=_id(60),
             arxiv_year=2022, arxiv_doi="10.1109/TPAMI.2024.3300001",
             s2=_conf(60, "Video Matting Transformers", "Wei Sun", "Computer Vision and Pattern Recognition", "CVPR",
                      dblp="conf/cvpr/SunP22", arxiv_year=2022),
             works=[journal_article("10.1109/TPAMI.2024.3300001", "Video Matting Transformers", tpami, year=2024,
                                    volume="46", issue="2", page="900-915", authors=_by("Wei Sun"))]),
        Case("journal extension (journal_ref) and conference DOI (S2)", "one publication", "Occupancy Flow Fields",
             "Anna Roth", Expect("journal", "TPAMI", 2023), arxiv_id=_id(61), arxiv_year=2022,
             journal_ref=f"{tpami}, vol. 45, no. 3, pp. 100-115, 2023",
             s2=_conf(61, "Occupancy Flow Fields", "Anna Roth", "Computer Vision and Pattern Recognition", "CVPR",
                      dblp="conf/cvpr/RothP22", doi="10.1109/CVPR52688.2022.00100", arxiv_year=2022),
             works=[proceedings_article("10.1109/CVPR52688.2022.00100", "Occupancy Flow Fields", "2022 IEEE/CVF "
                                        "Conference on Computer Vision and Pattern Recognition (CVPR)", year=2022,
                                        page="1000-1010", authors=_by("Anna Roth"))]),
        Case("Nature year from Crossref, not the arXiv year", "year", "Weather Forecasts from Graph Networks",
             "Chloé Petit", Expect("journal", "Nature", 2025, doi="10.1038/s41586-025-00001-1"), arxiv_id=_id(62),
             s2=_journal(62, "Weather Forecasts from Graph Networks", "Chloé Petit", "Nature", "Nature",
                         doi="10.1038/s41586-025-00001-1", journal={"name": "Nature", "volume": "638"}),
             works=[journal_article("10.1038/s41586-025-00001-1", "Weather Forecasts from Graph Networks", "Nature",
                                    year=2025, month=2, volume="638", page="100-107", publisher="Springer Nature",
                                    authors=_by("Chloé Petit"))]),
        Case("Nature year from Semantic Scholar's publication date", "year", "Protein Folding with Fewer Templates",
             "Jan Vos", Expect("journal", "Nature", 2025), arxiv_id=_id(63),
             s2={**_journal(63, "Protein Folding with Fewer Templates", "Jan Vos", "Nature", "Nature",
                            journal={"name": "Nature", "volume": "640", "pages": "55-60"}),
                 "publicationDate": "2025-04-03"}),
        Case("conference year from the DBLP key", "year", "Policy Mirror Descent Revisited", "Mei Wu",
             Expect("conference", "ICLR", 2023), arxiv_id=_id(64), arxiv_year=2022,
             s2=_conf(64, "Policy Mirror Descent Revisited", "Mei Wu", "International Conference on Learning "
                      "Representations", "ICLR", dblp="conf/iclr/WuP23", arxiv_year=2022)),
        Case("journal_ref year over the arXiv year", "year", "Galaxy Shapes from Weak Lensing", "Olu Eze",
             Expect("journal", "Nature", 2025), arxiv_id=_id(65), journal_ref="Nature 640, 200-205 (2025)",
             s2=_journal(65, "Galaxy Shapes from Weak Lensing", "Olu Eze", "Nature", "Nature",
                         journal={"name": "Nature"})),
        Case("NeurIPS from Semantic Scholar (known venue)", "known venue", "Spectral Regularizers for Diffusion",
             "Ana Lima", Expect("conference", "NeurIPS", 2023), arxiv_id=_id(66),
             s2=_conf(66, "Spectral Regularizers for Diffusion", "Ana Lima", "Neural Information Processing Systems",
                      "NeurIPS", dblp="conf/nips/LimaP23")),
    ]


def all_cases() -> list[Case]:
    return [*_evidence(), *_venue_names(), *_tracks(), *_status(), *_dois(), *_one_publication()]
