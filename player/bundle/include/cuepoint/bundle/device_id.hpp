// Which device a bundle comes from.
#pragma once

#include <string>

namespace cuepoint::bundle {

// A stable id of this machine that does not reveal its machine id: the SHA-256
// of "cuepoint-bundle:" + /etc/machine-id (systemd's advice for application ids),
// cut to 32 hex digits; without a machine id, the same of the host name.
std::string device_id();
// The host name, for people reading a collect report ("" when unknown).
std::string device_name();

}  // namespace cuepoint::bundle
