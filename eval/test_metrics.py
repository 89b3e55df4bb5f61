# The metrics of eval/run.py against values worked out by hand.
# Run: python3 -m pytest eval/test_metrics.py   or   python3 eval/test_metrics.py
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import bm25_ranking, contains_either, load_stopwords, ndcg_at, precision_at, tokenize  # noqa: E402

GRADES = {"a": 3, "b": 2, "c": 0, "d": 1, "e": 0, "f": 2, "g": 3}


def close(x, y):
    return abs(x - y) < 1e-12


def test_ndcg_by_hand():
    # ranking b, a, x (unknown: 0), c, d
    # DCG  = (2^2-1)/log2(2) + (2^3-1)/log2(3) + 0/log2(4) + 0/log2(5) + (2^1-1)/log2(6)
    #      = 3 + 7/1.5849625 + 1/2.5849625 = 3 + 4.4165083 + 0.3868528 = 7.8033611
    # ideal: grades 3, 3, 2, 2, 1 (top 5 of all, sorted)
    # IDCG = 7/1 + 7/1.5849625 + 3/2 + 3/2.3219281 + 1/2.5849625
    #      = 7 + 4.4165083 + 1.5 + 1.2920297 + 0.3868528 = 14.5953908
    # nDCG = 7.8033611 / 14.5953908 = 0.5346456
    dcg = 3 + 7 / math.log2(3) + 1 / math.log2(6)
    idcg = 7 + 7 / math.log2(3) + 3 / 2 + 3 / math.log2(5) + 1 / math.log2(6)
    assert close(ndcg_at(["b", "a", "x", "c", "d", "g"], GRADES), dcg / idcg)
    assert abs(ndcg_at(["b", "a", "x", "c", "d", "g"], GRADES) - 0.5346456) < 1e-7


def test_ndcg_edges():
    assert close(ndcg_at(["a", "g", "b", "f", "d"], GRADES), 1.0)  # an ideal order
    assert close(ndcg_at(["g", "a", "f", "b", "d", "c"], GRADES), 1.0)  # ties in either order, beyond 5 ignored
    assert close(ndcg_at([], GRADES), 0.0)
    assert ndcg_at(["a"], {"a": 0, "b": 0}) is None  # nothing relevant: undefined, left out of means
    assert close(ndcg_at(["a", "a", "b"], {"a": 1, "b": 1}), 1.0)  # a slug twice counts once
    # one relevant at position 2 of a single-relevant posting: (1/log2 3) / 1
    assert close(ndcg_at(["x", "y"], {"x": 0, "y": 1}), 1 / math.log2(3))


def test_precision_at_3_by_hand():
    assert close(precision_at(["b", "a", "x", "c", "d"], GRADES), 2 / 3)  # b=2, a=3 relevant, x unknown
    assert close(precision_at(["d", "c", "f"], GRADES), 1 / 3)  # grade 1 is not relevant
    assert close(precision_at(["a"], GRADES), 1 / 3)  # a short list is still divided by 3
    assert close(precision_at(["a", "b", "g", "f"], GRADES), 1.0)


def test_containment_rule():
    assert contains_either("Snowflake", "snowflake")
    assert contains_either("Google BigQuery", "BigQuery")  # the missing entry holds the lacking term
    assert contains_either("unit test", "unit testing experience")  # and the other way round
    assert contains_either("STRASSE", "straße")  # case folded, not just lower-cased
    assert not contains_either("dbt", "Tableau")
    assert not contains_either("", "anything")
    assert not contains_either("TypeScript", "Type script")


def test_bm25_tokens_and_order():
    stop = load_stopwords()
    assert len(stop) == 179 and "the" in stop and "don't" in stop
    assert tokenize("The Analis-Data: SQL & Python, naïve Ünïcode_x 2024", stop) == [
        "analis", "data", "sql", "python", "naïve", "ünïcode_x", "2024"]
    docs = {"b-doc": "sql sql python", "a-doc": "cooking", "c-doc": "sql sql python", "d-doc": "nursing", "e-doc": "baking"}
    ranking, scores = bm25_ranking(docs, "sql", stop)
    assert ranking == ["b-doc", "c-doc", "a-doc", "d-doc", "e-doc"]  # equal scores: by slug
    assert close(scores["b-doc"], scores["c-doc"]) and scores["b-doc"] > scores["a-doc"]


if __name__ == "__main__":
    for name, test in list(globals().items()):
        if name.startswith("test_"):
            test()
            print(f"ok  {name}")
