#include "io/detail/proto_convert.hpp"

#include "symbio/v1/park.pb.h"

namespace symbio::io::detail {

namespace {

namespace pb = symbio::v1;

pb::Layer to_proto(Layer layer) {
  switch (layer) {
    case Layer::material:
      return pb::LAYER_MATERIAL;
    case Layer::energy:
      return pb::LAYER_ENERGY;
    case Layer::water:
      return pb::LAYER_WATER;
  }
  return pb::LAYER_UNSPECIFIED;
}

pb::Kind to_proto(Kind kind) {
  switch (kind) {
    case Kind::product:
      return pb::KIND_PRODUCT;
    case Kind::byproduct:
      return pb::KIND_BYPRODUCT;
    case Kind::waste:
      return pb::KIND_WASTE;
    case Kind::utility:
      return pb::KIND_UTILITY;
  }
  return pb::KIND_UNSPECIFIED;
}

pb::Status to_proto(Status status) {
  switch (status) {
    case Status::existing:
      return pb::STATUS_EXISTING;
    case Status::planned:
      return pb::STATUS_PLANNED;
    case Status::potential:
      return pb::STATUS_POTENTIAL;
  }
  return pb::STATUS_UNSPECIFIED;
}

template <typename Message>
void add_attributes(const std::vector<Attribute>& attributes, Message& message) {
  for (const Attribute& a : attributes) {
    pb::Attribute* out = message.add_attributes();
    out->set_key(a.key);
    out->set_value(a.value);
  }
}

template <typename Message>
std::vector<Attribute> attributes_of(const Message& message) {
  std::vector<Attribute> out;
  for (const pb::Attribute& a : message.attributes())
    out.push_back(Attribute{a.key(), a.value()});
  return out;
}

// Open enums in proto3: a binary message may carry numbers the schema does not name.
std::optional<Layer> layer_of(int value) {
  switch (value) {
    case pb::LAYER_MATERIAL:
      return Layer::material;
    case pb::LAYER_ENERGY:
      return Layer::energy;
    case pb::LAYER_WATER:
      return Layer::water;
    default:
      return std::nullopt;
  }
}

std::optional<Kind> kind_of(int value) {
  switch (value) {
    case pb::KIND_PRODUCT:
      return Kind::product;
    case pb::KIND_BYPRODUCT:
      return Kind::byproduct;
    case pb::KIND_WASTE:
      return Kind::waste;
    case pb::KIND_UTILITY:
      return Kind::utility;
    default:
      return std::nullopt;
  }
}

std::optional<Status> status_of(int value) {
  switch (value) {
    case pb::STATUS_UNSPECIFIED:
    case pb::STATUS_EXISTING:
      return Status::existing;
    case pb::STATUS_PLANNED:
      return Status::planned;
    case pb::STATUS_POTENTIAL:
      return Status::potential;
    default:
      return std::nullopt;
  }
}

std::string indexed(const char* what, int i) {
  return std::string(what) + "[" + std::to_string(i) + "]";
}

void bad_enum(ValidationReport& report, const std::string& file, const std::string& subject,
              const char* field, int value) {
  report.error("bad-enum", subject, SourceLocation{file, 0, 0},
               std::string(field) + " has the value " + std::to_string(value) +
                   ", which symbio.v1 does not define");
}

}  // namespace

void to_proto(const Park& park, pb::Park& message) {
  message.Clear();
  message.set_name(park.name);
  message.set_description(park.description);
  message.set_source(park.source);
  for (const Enterprise& e : park.enterprises) {
    pb::Enterprise* out = message.add_enterprises();
    out->set_id(e.id);
    out->set_name(e.name);
    out->set_sector(e.sector);
    out->set_role(e.role);
    out->set_external(e.external);
    add_attributes(e.attributes, *out);
  }
  for (const Exchange& x : park.exchanges) {
    pb::Exchange* out = message.add_exchanges();
    out->set_id(x.id);
    out->set_supplier(x.supplier);
    out->set_receiver(x.receiver);
    out->set_resource(x.resource);
    out->set_layer(to_proto(x.layer));
    out->set_kind(to_proto(x.kind));
    out->set_status(to_proto(x.status));
    if (x.quantity) {
      out->mutable_quantity()->set_value(x.quantity->value);
      out->mutable_quantity()->set_unit(x.quantity->unit);
    }
    if (x.amount) out->set_amount(*x.amount);
    if (x.year) out->set_year(*x.year);
    add_attributes(x.attributes, *out);
  }
  for (const Declaration& d : park.declarations) {
    pb::Declaration* out = message.add_declarations();
    out->set_enterprise(d.enterprise);
    out->set_direction(d.direction == Direction::output ? pb::DIRECTION_OUTPUT
                                                        : pb::DIRECTION_NEED);
    out->set_resource(d.resource);
    out->set_layer(to_proto(d.layer));
    if (d.quantity) {
      out->mutable_quantity()->set_value(d.quantity->value);
      out->mutable_quantity()->set_unit(d.quantity->unit);
    }
    add_attributes(d.attributes, *out);
  }
}

Park from_proto(const pb::Park& message, const std::string& file, ValidationReport& report) {
  Park park;
  park.name = message.name();
  park.description = message.description();
  park.source = message.source();
  const Origin origin{file, 0, {}};
  for (const pb::Enterprise& in : message.enterprises()) {
    Enterprise e;
    e.id = in.id();
    e.name = in.name();
    e.sector = in.sector();
    e.role = in.role();
    e.external = in.external();
    e.attributes = attributes_of(in);
    e.origin = origin;
    park.enterprises.push_back(std::move(e));
  }
  for (int i = 0; i < message.exchanges_size(); ++i) {
    const pb::Exchange& in = message.exchanges(i);
    const std::string subject = indexed("exchanges", i);
    Exchange x;
    x.id = in.id();
    x.supplier = in.supplier();
    x.receiver = in.receiver();
    x.resource = in.resource();
    x.layer_inferred = true;
    if (in.layer() != pb::LAYER_UNSPECIFIED) {
      if (const auto layer = layer_of(in.layer())) {
        x.layer = *layer;
        x.layer_inferred = false;
      } else {
        bad_enum(report, file, subject, "layer", in.layer());
      }
    }
    x.kind_inferred = true;
    if (in.kind() != pb::KIND_UNSPECIFIED) {
      if (const auto kind = kind_of(in.kind())) {
        x.kind = *kind;
        x.kind_inferred = false;
      } else {
        bad_enum(report, file, subject, "kind", in.kind());
      }
    }
    if (const auto status = status_of(in.status())) {
      x.status = *status;
    } else {
      bad_enum(report, file, subject, "status", in.status());
    }
    if (in.has_quantity()) x.quantity = Quantity{in.quantity().value(), in.quantity().unit()};
    if (in.has_year()) x.year = in.year();
    x.attributes = attributes_of(in);
    x.origin = origin;
    park.exchanges.push_back(std::move(x));
  }
  for (int i = 0; i < message.declarations_size(); ++i) {
    const pb::Declaration& in = message.declarations(i);
    const std::string subject = indexed("declarations", i);
    Declaration d;
    d.enterprise = in.enterprise();
    d.resource = in.resource();
    if (in.direction() == pb::DIRECTION_OUTPUT) {
      d.direction = Direction::output;
    } else if (in.direction() == pb::DIRECTION_NEED) {
      d.direction = Direction::need;
    } else {
      report.error("unknown-direction", subject, SourceLocation{file, 0, 0},
                   "direction must be DIRECTION_OUTPUT or DIRECTION_NEED");
    }
    d.layer_inferred = true;
    if (in.layer() != pb::LAYER_UNSPECIFIED) {
      if (const auto layer = layer_of(in.layer())) {
        d.layer = *layer;
        d.layer_inferred = false;
      } else {
        bad_enum(report, file, subject, "layer", in.layer());
      }
    }
    if (in.has_quantity()) d.quantity = Quantity{in.quantity().value(), in.quantity().unit()};
    d.attributes = attributes_of(in);
    d.origin = origin;
    park.declarations.push_back(std::move(d));
  }
  return park;
}

}  // namespace symbio::io::detail
