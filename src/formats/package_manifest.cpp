#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <pugixml.hpp>
#include <string_view>

#include "formats/package_parts.hpp"

namespace bangkom::formats::detail {
namespace {

using domain::Lang;

/// The local name of an element or attribute ("adlcp:scormtype" → "scormtype").
std::string_view Local(const char* name) {
    std::string_view n(name);
    const size_t colon = n.find(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

pugi::xml_node Child(pugi::xml_node node, std::string_view local) {
    for (pugi::xml_node c : node.children()) {
        if (c.type() == pugi::node_element && Local(c.name()) == local) return c;
    }
    return {};
}

std::string Trimmed(std::string_view s) {
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return "";
    return std::string(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
}

std::string TitleOf(pugi::xml_node node) {
    return Trimmed(Child(node, "title").child_value());
}

bool IsUrl(std::string_view href) {
    return href.rfind("http://", 0) == 0 || href.rfind("https://", 0) == 0;
}

struct Resource {
    std::string href;  // with xml:base applied
};

std::map<std::string, Resource> Resources(pugi::xml_node manifest) {
    std::map<std::string, Resource> out;
    const pugi::xml_node resources = Child(manifest, "resources");
    const std::string base = resources.attribute("xml:base").value();
    for (pugi::xml_node r : resources.children()) {
        if (r.type() != pugi::node_element || Local(r.name()) != "resource") continue;
        const std::string href = r.attribute("href").value();
        std::string launch;
        if (!href.empty()) {
            launch = base;
            launch += r.attribute("xml:base").value();
            launch += href;
        }
        out[r.attribute("identifier").value()] = Resource{std::move(launch)};
    }
    return out;
}

std::optional<double> Number(std::string_view text) {
    const std::string trimmed = Trimmed(text);
    if (trimmed.empty()) return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(trimmed.c_str(), &end);
    if (end != trimmed.c_str() + trimmed.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

/// The item's mastery score as 0–100 (see PackageItem::mastery_score).
std::optional<double> MasteryOf(pugi::xml_node item) {
    if (auto score = Number(Child(item, "masteryscore").child_value()); score && *score >= 0 && *score <= 100) {
        return score;
    }
    const pugi::xml_node primary = Child(Child(Child(item, "sequencing"), "objectives"), "primaryObjective");
    if (!primary || std::string_view(primary.attribute("satisfiedByMeasure").value()) != "true") return std::nullopt;
    const auto measure = Number(Child(primary, "minNormalizedMeasure").child_value());
    if (!measure || *measure < -1 || *measure > 1) return std::nullopt;
    return std::max(0.0, *measure * 100);
}

/// Leaf items with a resource, depth first in document order.
Result<void> CollectItems(pugi::xml_node parent, const std::map<std::string, Resource>& resources,
                          const PackageContents& contents, Lang lang, std::vector<PackageItem>& out) {
    for (pugi::xml_node item : parent.children()) {
        if (item.type() != pugi::node_element || Local(item.name()) != "item") continue;
        const std::string ref = item.attribute("identifierref").value();
        if (!ref.empty()) {
            const auto it = resources.find(ref);
            if (it == resources.end() || it->second.href.empty()) {
                return PackageError(lang,
                                    "item \"" + std::string(item.attribute("identifier").value()) +
                                        "\" merujuk resource \"" + ref + "\" yang tidak ada atau tanpa href",
                                    "item \"" + std::string(item.attribute("identifier").value()) +
                                        "\" refers to resource \"" + ref + "\" that is missing or has no href");
            }
            std::string launch = it->second.href;
            const std::string path = launch.substr(0, launch.find_first_of("?#"));
            if (!IsUrl(launch) && contents.files.count(path) == 0) {
                return PackageError(lang, "berkas peluncuran \"" + path + "\" tidak ada di dalam paket",
                                    "launch file \"" + path + "\" is not in the package");
            }
            launch += item.attribute("parameters").value();
            out.push_back({item.attribute("identifier").value(), TitleOf(item), std::move(launch), MasteryOf(item)});
        }
        if (auto nested = CollectItems(item, resources, contents, lang, out); !nested) return nested;
    }
    return {};
}

/// "1.2" or "2004" from schemaversion, else from the adlcp namespace the manifest declares.
std::optional<PackageStandard> StandardOf(pugi::xml_node manifest, const std::string& version) {
    if (version.find("1.2") != std::string::npos) return PackageStandard::scorm_12;
    if (version.find("2004") != std::string::npos || version.find("1.3") != std::string::npos) {
        return PackageStandard::scorm_2004;
    }
    for (pugi::xml_attribute a : manifest.attributes()) {
        const std::string_view value = a.value();
        if (value.find("adlcp_rootv1p2") != std::string_view::npos) return PackageStandard::scorm_12;
        if (value.find("adlcp_v1p3") != std::string_view::npos) return PackageStandard::scorm_2004;
    }
    return std::nullopt;
}

}  // namespace

Result<PackageInfo> ReadScormManifest(const PackageContents& contents, Lang lang) {
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(contents.imsmanifest.data(), contents.imsmanifest.size());
    const pugi::xml_node manifest = doc.document_element();
    if (!parsed || Local(manifest.name()) != "manifest") {
        return PackageError(lang, std::string("imsmanifest.xml tidak dapat dibaca: ") + parsed.description(),
                            std::string("imsmanifest.xml is unreadable: ") + parsed.description());
    }
    PackageInfo info;
    info.version = Trimmed(Child(Child(manifest, "metadata"), "schemaversion").child_value());
    const auto standard = StandardOf(manifest, info.version);
    if (!standard) {
        return PackageError(lang, "versi SCORM tidak dikenali (schemaversion \"" + info.version + "\")",
                            "unrecognised SCORM version (schemaversion \"" + info.version + "\")");
    }
    info.standard = *standard;
    const pugi::xml_node organizations = Child(manifest, "organizations");
    pugi::xml_node organization;
    const std::string wanted = organizations.attribute("default").value();
    for (pugi::xml_node o : organizations.children()) {
        if (o.type() != pugi::node_element || Local(o.name()) != "organization") continue;
        if (!organization || o.attribute("identifier").value() == wanted) organization = o;
        if (o.attribute("identifier").value() == wanted) break;
    }
    if (!organization) {
        return PackageError(lang, "imsmanifest.xml tidak memiliki organization", "imsmanifest.xml has no organization");
    }
    info.title = TitleOf(organization);
    if (auto ok = CollectItems(organization, Resources(manifest), contents, lang, info.items); !ok) return ok.error();
    if (info.items.empty()) {
        return PackageError(lang, "tidak ada item yang dapat diluncurkan", "no launchable item");
    }
    if (info.title.empty()) info.title = info.items.front().title;
    return info;
}

Result<PackageInfo> ReadCmi5(const PackageContents& contents, Lang lang) {
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(contents.cmi5.data(), contents.cmi5.size());
    const pugi::xml_node course_structure = doc.document_element();
    if (!parsed || Local(course_structure.name()) != "courseStructure") {
        return PackageError(lang, std::string("cmi5.xml tidak dapat dibaca: ") + parsed.description(),
                            std::string("cmi5.xml is unreadable: ") + parsed.description());
    }
    PackageInfo info;
    info.standard = PackageStandard::cmi5;
    info.version = "cmi5";
    const auto lang_string = [](pugi::xml_node node) {
        return Trimmed(Child(Child(node, "title"), "langstring").child_value());
    };
    info.title = lang_string(Child(course_structure, "course"));
    for (const pugi::xpath_node& found : course_structure.select_nodes("//*[local-name()='au']")) {
        const pugi::xml_node au = found.node();
        std::string url = Trimmed(Child(au, "url").child_value());
        const std::string path = url.substr(0, url.find_first_of("?#"));
        if (url.empty() || (!IsUrl(url) && contents.files.count(path) == 0)) {
            return PackageError(lang,
                                "AU \"" + std::string(au.attribute("id").value()) + "\" tanpa url yang ada di paket",
                                "AU \"" + std::string(au.attribute("id").value()) + "\" has no url inside the package");
        }
        info.items.push_back({au.attribute("id").value(), lang_string(au), std::move(url), std::nullopt});
    }
    if (info.items.empty()) return PackageError(lang, "cmi5.xml tidak memiliki AU", "cmi5.xml has no AU");
    return info;
}

}  // namespace bangkom::formats::detail
