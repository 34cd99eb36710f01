import { renderAsync } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { SHARE_CARD_FONT, SHARE_CARD_WIDTH } from './render-share-card-svg.util';

/**
 * Inter (SIL Open Font License) from an npm package, so the PNG looks the
 * same on every machine and in the Docker image, which has no system fonts.
 */
const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((file) =>
  createRequire(import.meta.url).resolve(`@expo-google-fonts/inter/${file}`),
);

/** The card as PNG, rendered off the event loop (resvg's worker thread). */
export async function rasterizeShareCard(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: SHARE_CARD_WIDTH },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: SHARE_CARD_FONT },
  });
  return image.asPng();
}
