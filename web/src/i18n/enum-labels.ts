import { useCallback } from 'react';
import { isMessageId, useT } from './hooks';

/**
 * The label of a schema enum's value in the reader's language: the catalogue's `enums.<Enum>.<VALUE>`
 * (area `enums`, one entry per value), or the value in words while the catalogue lacks it.
 */
export function useEnumLabel(): (enumName: string, value: string) => string {
  const t = useT();
  return useCallback(
    (enumName: string, value: string) => {
      const id = `enums.${enumName}.${value}`;
      return isMessageId(id) ? t(id) : value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');
    },
    [t],
  );
}
