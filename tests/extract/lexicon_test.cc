// The lexicons of patterns/*.lex: every example and counter-example runs
// through the whole extractor (normalised text, facts, roles, relations),
// and the loader rejects malformed files naming file and line. What an
// example's right side means depends on its lexicon (see each file's head).
#include "extract/lexicon.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "base/decimal.h"
#include "extract/extract.h"
#include "normalize/normalize.h"

namespace tally::extract {
namespace {

using ::testing::HasSubstr;

const std::string kPatternsDir = std::string(TALLY_CORPUS) + "/../patterns";

std::string Str(const std::string& v) {
  std::optional<Decimal> d = Decimal::Parse(v);
  return d ? d->ToCanonicalString() : v;
}

// What the example's text gives, in its lexicon's terms.
std::string Outcome(const std::string& lexicon, const Extracted& out) {
  const std::vector<Fact>& facts = out.facts;
  auto last = [&](std::initializer_list<const char*> kinds) -> const Fact* {
    const Fact* found = nullptr;
    for (const Fact& f : facts) {
      for (const char* k : kinds) {
        if (f.kind == k) found = &f;
      }
    }
    return found;
  };
  // "total=part+part" of a sum.
  auto sum_of = [&](const Relation& r) {
    std::string total, parts;
    for (const RelationMember& m : r.members) {
      const std::string v = Str(facts[size_t(m.fact)].value);
      if (m.role == "total") total = v;
      if (m.role == "part") parts += (parts.empty() ? "" : "+") + v;
    }
    return total + "=" + parts;
  };
  // Each member's role -> its value.
  auto values_of = [&](const Relation& r) {
    std::map<std::string, std::string> v;
    for (const RelationMember& m : r.members) {
      v[m.role] = Str(facts[size_t(m.fact)].value);
    }
    return v;
  };
  auto sums = [&](const char* kind) {
    std::string s;
    for (const Relation& r : out.relations) {
      if (r.kind != kind) continue;
      s += (s.empty() ? "" : "; ") + sum_of(r);
      if (std::string(kind) == "breakdown") {
        s += " " + (r.complete.empty() ? std::string("?") : r.complete);
      }
    }
    return s.empty() ? std::string("-") : s;
  };
  if (lexicon == "role" || lexicon == "shortfall") {
    const Fact* f = last({"amount", "percent"});
    return f && !f->role.empty() ? f->role : "-";
  }
  if (lexicon == "score_role") {
    const Fact* f = last({"score"});
    return f && !f->role.empty() ? f->role : "-";
  }
  if (lexicon == "score_total" || lexicon == "score_area") {
    return sums("score_sum");
  }
  if (lexicon == "rate_base") {  // the rates of budget statements
    std::string s;
    for (const Relation& r : out.relations) {
      if (r.kind != "budget") continue;
      std::map<std::string, std::string> v = values_of(r);
      if (v.count("rate")) s += (s.empty() ? "" : "; ") + v["rate"];
    }
    return s.empty() ? std::string("-") : s;
  }
  if (lexicon == "investment") {  // "rate/whole" of each investment reading
    std::string s;
    for (const Relation& r : out.relations) {
      std::map<std::string, std::string> v = values_of(r);
      if (r.kind != "budget" || !v.count("full.alt")) continue;
      s += (s.empty() ? "" : "; ") + v["rate"] + "/" + v["full.alt"];
    }
    return s.empty() ? std::string("-") : s;
  }
  if (lexicon == "score_step") {  // "target/actual weight score step"
    std::string s;
    for (const Relation& r : out.relations) {
      if (!r.detail.starts_with("step ")) continue;
      std::map<std::string, std::string> v = values_of(r);
      s += (s.empty() ? "" : "; ") +
           (v.count("shortfall") ? v["shortfall"]
                                 : v["target"] + "/" + v["actual"]) +
           " " + v["weight"] + " " + v["score"] + " " + v["step"];
    }
    return s.empty() ? std::string("-") : s;
  }
  if (lexicon == "score_self") {  // "score/weight" of caps, then the sums
    std::string s;
    for (const Relation& r : out.relations) {
      if (r.kind != "score_cap") continue;
      std::map<std::string, std::string> v = values_of(r);
      s += (s.empty() ? "" : "; ") + v["score"] + "/" + v["weight"];
    }
    const std::string rest = sums("score_sum");
    if (rest != "-") s += (s.empty() ? "" : "; ") + rest;
    return s.empty() ? std::string("-") : s;
  }
  if (lexicon == "list") return sums("breakdown");
  if (lexicon == "label") {
    return facts.empty() || facts.back().label.empty() ? std::string("-")
                                                       : facts.back().label;
  }
  if (lexicon == "measure") {  // the detail of the breakdowns found
    std::string s;
    for (const Relation& r : out.relations) {
      if (r.kind != "breakdown" || r.detail.empty()) continue;
      s += (s.empty() ? "" : "; ") + r.detail;
    }
    return s.empty() ? std::string("-") : s;
  }
  if (lexicon == "per_unit") {  // the amounts in a siblings relation
    std::string s;
    for (const Relation& r : out.relations) {
      if (r.kind != "siblings") continue;
      s += (s.empty() ? "" : "; ") + facts[size_t(r.members[0].fact)].value +
           facts[size_t(r.members[0].fact)].unit;
    }
    return s.empty() ? std::string("-") : s;
  }
  if (lexicon == "enumeration") {  // "count=items listed"
    std::string s;
    for (const Relation& r : out.relations) {
      if (r.kind != "enumeration") continue;
      s += (s.empty() ? "" : "; ") +
           Str(facts[size_t(r.members[0].fact)].value) + "=" +
           r.detail.substr(0, r.detail.find(' '));
    }
    return s.empty() ? std::string("-") : s;
  }
  if (lexicon == "rate_bound") {
    const Fact* f = last({"percent"});
    for (const Relation& r : out.relations) {
      if (r.kind == "bound" && f && &facts[size_t(r.members[0].fact)] == f) {
        return r.detail;
      }
    }
    return "-";
  }
  if (lexicon == "share_whole" || lexicon == "completion") {
    // "part/whole=rate", ...
    // A share of a printed whole (ratio.share), of its list's total
    // (ratio.bare_share) or a coverage of the whole before its part
    // (ratio.coverage); a completion rate (ratio.completion).
    auto wanted = [&](const std::string& rule) {
      return lexicon == "completion"
                 ? rule == "ratio.completion" || rule == "ratio.named_base"
                 : rule == "ratio.share" || rule == "ratio.bare_share" ||
                       rule == "ratio.coverage";
    };
    std::string s;
    for (const Relation& r : out.relations) {
      // What a plan saved: "saved=plan-actual", its rate "saved/plan=rate".
      if (lexicon == "completion" && r.evidence.starts_with("计划…实际…节约")) {
        std::string saved, plan, actual;
        for (const RelationMember& m : r.members) {
          const std::string v = Str(facts[size_t(m.fact)].value);
          if (m.role == "change") saved = v;
          if (m.role == "other") plan = v;
          if (m.role == "current") actual = v;
        }
        s += (s.empty() ? "" : "; ") + saved + "=" + plan + "-" + actual;
        continue;
      }
      const bool saving_rate =
          lexicon == "completion" && r.rule == "ratio.change_over";
      if (!wanted(r.rule) && !saving_rate) continue;
      std::string part, whole, rate;
      for (const RelationMember& m : r.members) {
        const std::string v = Str(facts[size_t(m.fact)].value);
        // Graded parts summed ("a+b"), a grade some count and some leave
        // out marked "?".
        if (m.role == "numerator") part += (part.empty() ? "" : "+") + v;
        if (m.role == "numerator.partial") part += "+" + v + "?";
        if (m.role == "denominator") whole = v;
        if (m.role == "rate") rate = v;
      }
      s += (s.empty() ? "" : "; ") + part + "/" + whole + "=" + rate;
    }
    return s.empty() ? std::string("-") : s;
  }
  // "change/this year's figure way=rate", ...; this year's figure against
  // the other year's (ratio.growth): "this year's~other year's way=rate".
  if (lexicon == "change" || lexicon == "move") {
    std::string s;
    for (const Relation& r : out.relations) {
      // A move from what a figure was to what it is, and its change:
      // "change=now~was way".
      if (r.rule == "budget.change" && r.evidence.starts_with("由")) {
        std::string change, now, was;
        for (const RelationMember& m : r.members) {
          const std::string v = Str(facts[size_t(m.fact)].value);
          if (m.role == "change") change = v;
          if (m.role == "current") now = v;
          if (m.role == "other") was = v;
        }
        s += (s.empty() ? "" : "; ") + change + "=" + now + "~" + was + " " +
             r.detail;
        continue;
      }
      if (r.rule == "ratio.growth") {
        std::string cur, base, rate;
        for (const RelationMember& m : r.members) {
          const std::string v = Str(facts[size_t(m.fact)].value);
          if (m.role == "current") cur = v;
          if (m.role == "denominator") base = v;
          if (m.role == "rate") rate = v;
        }
        s += (s.empty() ? "" : "; ") + cur + "~" + base + " " + r.detail + "=" +
             rate;
        continue;
      }
      if (r.rule != "ratio.change" && r.rule != "ratio.change_over") continue;
      std::string change, current, rate;
      for (const RelationMember& m : r.members) {
        const std::string v = Str(facts[size_t(m.fact)].value);
        if (m.role == "numerator") change = v;
        // This year's figure (ratio.change), or the figure compared with
        // (ratio.change_over, which may name this year's too).
        if (m.role == (r.rule == "ratio.change" ? "current" : "denominator")) {
          current = v;
        }
        if (m.role == "rate") rate = v;
      }
      // Over the other year's figure itself: "over".
      const std::string way = r.rule == "ratio.change" ? r.detail : "over";
      s += (s.empty() ? "" : "; ") + change + "/" + current + " " + way + "=" +
           rate;
    }
    return s.empty() ? std::string("-") : s;
  }
  // "total=count×each" in base units of each amount per unit.
  if (lexicon == "per_head") {
    std::string s;
    for (const Relation& r : out.relations) {
      if (r.rule != "ratio.per_unit") continue;
      std::string total, count, each, periods;
      for (const RelationMember& m : r.members) {
        const std::string& v = facts[size_t(m.fact)].base_value;
        if (m.role == "numerator") total = v;
        if (m.role == "denominator") count = v;
        if (m.role == "rate") each = v;
        if (m.role == "periods") periods = "×" + v;
      }
      s += (s.empty() ? "" : "; ") + total + "=" + count + "×" + each + periods;
    }
    return s.empty() ? std::string("-") : s;
  }
  // "income-spending=balance" of each account's 收支相抵 (budget.net) and
  // each fund's 当期结余 (budget.fund_period); "total=part+part" of each
  // sum 加上 builds (list.plus).
  if (lexicon == "account") {
    std::string s;
    for (const Relation& r : out.relations) {
      if (r.rule == "list.plus") {
        s += (s.empty() ? "" : "; ") + sum_of(r);
        continue;
      }
      if (r.rule != "budget.net" && r.rule != "budget.fund_period" &&
          r.rule != "budget.year_account") {
        continue;
      }
      std::string carry, income, spent, balance;
      for (const RelationMember& m : r.members) {
        const std::string v = Str(facts[size_t(m.fact)].value);
        if (m.role == "carry") carry = v + "+";
        if (m.role == "drawn") carry += v + "+";
        if (m.role == "income") income = v;
        if (m.role == "spent") spent = v;
        if (m.role == "balance") balance = v;
      }
      s += (s.empty() ? "" : "; ") + carry + income + "-" + spent + "=" +
           balance;
    }
    return s.empty() ? std::string("-") : s;
  }
  // "change=this~before way", "change/before=rate" and "this~before
  // way=rate" of each quantity stated for two years (year_pair).
  if (lexicon == "year_pair") {
    std::string s;
    for (const Relation& r : out.relations) {
      if (!r.evidence.starts_with("分句各述本年与上年")) continue;
      std::map<std::string, std::string> v = values_of(r);
      s += (s.empty() ? "" : "; ");
      if (r.kind == "budget") {
        s += v["change"] + "=" + v["current"] + "~" + v["other"] + " " +
             r.detail;
      } else if (r.rule == "ratio.growth") {  // "this~before way=rate"
        s += v["current"] + "~" + v["denominator"] + " " + r.detail + "=" +
             v["rate"];
      } else {
        s += v["numerator"] + "/" + v["denominator"] + "=" + v["rate"];
      }
    }
    return s.empty() ? std::string("-") : s;
  }
  // "net=gross-less" of each book value or net assets (budget.net_value).
  if (lexicon == "book_value" || lexicon == "net_assets") {
    std::string s;
    for (const Relation& r : out.relations) {
      if (r.rule != "budget.net_value") continue;
      std::map<std::string, std::string> v = values_of(r);
      s += (s.empty() ? "" : "; ") + v["change"] + "=" + v["current"] + "-" +
           v["other"];
    }
    return s.empty() ? std::string("-") : s;
  }
  if (lexicon == "grade_scope") {
    for (const Relation& r : out.relations) {
      if (r.kind != "grade") continue;
      std::string score, weight = "100", grade;
      for (const RelationMember& m : r.members) {
        const Fact& f = facts[size_t(m.fact)];
        if (m.role == "score") score = Str(f.value);
        if (m.role == "weight") weight = Str(f.value);
        if (m.role == "grade") grade = f.value;
      }
      return score + "/" + weight + "=" + grade;
    }
    return "-";
  }
  auto or_dash = [](const std::string& v) { return v.empty() ? "-" : v; };
  if (lexicon == "unit") return or_dash(out.bureau);
  if (lexicon == "title") {
    return (out.fiscal_year ? std::to_string(*out.fiscal_year) : "-") + " " +
           or_dash(out.report_kind);
  }
  if (lexicon == "report_date") return or_dash(out.report_date);
  if (lexicon == "project") return or_dash(out.project);
  return "(no meaning defined for examples of lexicon " + lexicon + ")";
}

TEST(LexiconTest, EveryExampleAndCounterExampleHolds) {
  auto ex = Extractor::Create({kPatternsDir});
  ASSERT_TRUE(ex.ok()) << ex.status().ToString();
  auto norm = normalize::Normalizer::Create(normalize::Options());
  ASSERT_TRUE(norm.ok());
  int examples = 0;
  for (const auto& [name, lexicon] : (*ex)->lexicons().all()) {
    for (const LexExample& e : lexicon.examples()) {
      SCOPED_TRACE(e.file + ":" + std::to_string(e.line) + " " + e.text);
      std::string text = (*norm)->NormalizeText(e.text).text;
      std::vector<Page> pages(1);
      pages[0].page_no = 1;
      pages[0].text = text;
      pages[0].source = "text";
      std::string got = Outcome(name, (*ex)->Extract(pages));
      if (e.counter) {
        EXPECT_NE(got, e.expect) << "counter-example gives what it must not";
      } else {
        EXPECT_EQ(got, e.expect);
      }
      ++examples;
    }
  }
  EXPECT_GE(examples, 40);
}

TEST(LexiconTest, LookupTakesTheWordThatEndsLatest) {
  auto lex = Lexicons::Parse(
      "lexicon role\nentry budget: 预算 上年结转\nentry spent: 支出\n"
      "entry balance: 结转\nentry rate [percent]: 执行率\n",
      "t.lex");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const Lexicon& role = (*lex)->Get("role");
  EXPECT_EQ(role.Name("预算支出"), "spent");
  EXPECT_EQ(role.Name("全年预算"), "budget");
  EXPECT_EQ(role.Name("上年结转资金"), "budget");  // longer at the same end
  EXPECT_EQ(role.Name("预算执行率", "percent"), "rate");
  EXPECT_EQ(role.Name("预算执行率", "amount"), "budget");  // kind-restricted
  EXPECT_EQ(role.Name("人员"), "");
}

TEST(LexiconTest, AClosingWordCountsOnlyAtTheEnd) {
  auto lex = Lexicons::Parse("lexicon role\nentry change: 增加 多$\n", "t.lex");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const Lexicon& role = (*lex)->Get("role");
  EXPECT_EQ(role.Name("比上年多"), "change");
  EXPECT_EQ(role.Name("社区多功能运动场"), "");
  EXPECT_TRUE(role.Has("change", "多"));  // stored without its '$'
  EXPECT_TRUE(role.Contains("较上年多", "change"));
  EXPECT_FALSE(role.Contains("多功能厅", "change"));
  EXPECT_TRUE(role.StartsWith("多", "change"));
  EXPECT_FALSE(role.StartsWith("多功能厅", "change"));
}

TEST(LexiconTest, MalformedFilesNameTheirLine) {
  auto bad = [](const std::string& text) {
    auto lex = Lexicons::Parse(text, "bad.lex");
    return lex.ok() ? std::string("ok") : lex.status().message();
  };
  EXPECT_THAT(bad("entry x: a\n"), HasSubstr("bad.lex:1"));
  EXPECT_THAT(bad("lexicon a\nentry x:\n"), HasSubstr("bad.lex:2"));
  EXPECT_THAT(bad("lexicon a\nlexicon a\n"), HasSubstr("duplicate"));
  EXPECT_THAT(bad("lexicon a\nexample: no arrow\n"), HasSubstr("bad.lex:2"));
  EXPECT_THAT(bad("lexicon a\nwhat: x\n"), HasSubstr("unknown key"));
  EXPECT_EQ(bad("# fine\nlexicon a\nentry x [amount]: 甲 乙\n"), "ok");
}

TEST(LexiconTest, AMissingLexiconStopsTheExtractor) {
  auto lex = Lexicons::Parse("lexicon role\nentry x: 甲\n", "one.lex");
  ASSERT_TRUE(lex.ok());
  Status s = (*lex)->Require({"role", "list"});
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("list"));
}

}  // namespace
}  // namespace tally::extract
