// Types of ./build-stamp.mjs for test/global-setup.ts. `root` defaults to this repository.
export function writeBuildStamp(root?: string): void;
export function isBuildFresh(root?: string): boolean;
