/**
 * Content loaders for the SDK's API: `sdkLoader("classes")`, `("functions")`, `("types")`
 * fill a collection each from TypeDoc's model of `sdk/src` (one conversion per build). In
 * dev, a change under `sdk/src` reloads them.
 */
import type { Loader } from "astro/loaders";
import { fileURLToPath } from "node:url";
import { forgetApiModel, readApiModel } from "./typedoc-model";
import type { ApiModel } from "./api-schema";

export function sdkLoader(part: keyof ApiModel): Loader {
  return {
    name: `alter-sdk-${part}`,
    async load({ store, parseData, config, watcher, logger }) {
      const sync = async () => {
        const model = await readApiModel(config.root);
        store.clear();
        for (const item of model[part]) {
          const data = await parseData({ id: item.name, data: item as unknown as Record<string, unknown> });
          store.set({ id: item.name, data });
        }
        logger.info(`${model[part].length} ${part} from sdk/src`);
      };
      await sync();
      const src = fileURLToPath(new URL("sdk/src/", config.root));
      watcher?.add(src);
      watcher?.on("change", (path) => {
        if (!path.startsWith(src)) return;
        forgetApiModel();
        void sync();
      });
    },
  };
}
