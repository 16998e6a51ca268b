import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/**
 * The SSRF guard: a webhook target must be https (http only where private targets are allowed,
 * for tests) and every address its host resolves to a public unicast one. Checked when an endpoint
 * is registered, and again at each delivery, whose connection goes to the address checked then
 * (DNS may have changed in between). ipaddr.js names the special ranges: loopback, private
 * (RFC 1918), uniqueLocal (fc00::/7), linkLocal (169.254/16 with the cloud metadata address,
 * fe80::/10), unspecified, carrierGradeNat (100.64/10), multicast, reserved and the rest.
 */
export interface TargetPolicy {
  allowPrivateTargets: boolean;
}

export interface ResolvedTarget {
  url: URL;
  address: string;
  family: 4 | 6;
}

/** Why a target is refused, in words for the admin who typed it. */
export class TargetRefused extends Error {
  override name = 'TargetRefused';
}

/** Names of cloud metadata services, refused whatever they resolve to. */
const METADATA_HOSTS = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal']);

export function parseTarget(raw: string, policy: TargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefused('The URL is not valid');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowPrivateTargets)) throw new TargetRefused('The URL must start with https://');
  if (url.username || url.password) throw new TargetRefused('The URL must not carry a user name or password');
  const host = hostOf(url);
  if (METADATA_HOSTS.has(host) || host === 'localhost' || host.endsWith('.localhost')) {
    if (!policy.allowPrivateTargets) throw new TargetRefused(`${host} is not a public address`);
  }
  return url;
}

/** Resolves the host (all its addresses) and refuses it when any of them is not public. */
export async function resolveTarget(raw: string, policy: TargetPolicy): Promise<ResolvedTarget> {
  const url = parseTarget(raw, policy);
  const host = hostOf(url);
  let addresses: { address: string; family: number }[];
  try {
    addresses = ipaddr.isValid(host)
      ? [{ address: host, family: ipaddr.parse(host).kind() === 'ipv4' ? 4 : 6 }]
      : await lookup(host, { all: true, verbatim: true });
  } catch {
    throw new TargetRefused(`${host} could not be resolved`);
  }
  if (addresses.length === 0) throw new TargetRefused(`${host} could not be resolved`);
  if (!policy.allowPrivateTargets) {
    for (const { address } of addresses) {
      const range = rangeOf(address);
      if (range !== 'unicast') throw new TargetRefused(`${host} resolves to ${address}, a ${range} address: webhook targets must be public`);
    }
  }
  const [first] = addresses;
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

/** ipaddr.js's name of the address's range; an IPv4 address mapped into IPv6 is judged as IPv4. */
export function rangeOf(address: string): string {
  const parsed = ipaddr.process(address);
  return parsed.range();
}

/** The host without IPv6 brackets, lowercased. */
const hostOf = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
