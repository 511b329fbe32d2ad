import assert from "node:assert/strict";
import { test } from "node:test";
import { clientAddressOptions } from "../../lib/client-address";

test("with no proxy named, no forwarded header is believed", () => {
  assert.deepEqual(clientAddressOptions(undefined), { ipAddressHeaders: [] });
  assert.deepEqual(clientAddressOptions(" , "), { ipAddressHeaders: [] });
});

test("named proxies, addresses and ranges, are passed on trimmed", () => {
  assert.deepEqual(
    clientAddressOptions("127.0.0.1, ::1,10.0.0.0/8, fd00::/8"),
    {
      trustedProxies: ["127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8"],
    },
  );
});

test("an entry that is not an address or a range stops the server with its name", () => {
  for (const bad of [
    "localhost",
    "10.0.0.0/33",
    "10.0.0.1/8/2",
    "::1/129",
    "10.0.0.0/x",
  ]) {
    assert.throws(
      () => clientAddressOptions(`127.0.0.1,${bad}`),
      new RegExp(`TRUSTED_PROXIES lists "${bad.replace(/[/.*]/g, "\\$&")}"`),
    );
  }
});
