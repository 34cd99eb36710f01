import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';

/** 'Type.field' of every field reachable from `field`'s type, following object types (not `field` itself). */
export function reachableFields(field: GraphQLField<unknown, unknown>): Set<string> {
  const found = new Set<string>();
  const seen = new Set<GraphQLObjectType>();
  const visit = (type: GraphQLObjectType) => {
    if (seen.has(type)) return;
    seen.add(type);
    for (const child of Object.values(type.getFields())) {
      found.add(`${type.name}.${child.name}`);
      const named = getNamedType(child.type);
      if (isObjectType(named)) visit(named);
    }
  };
  const root = getNamedType(field.type);
  if (isObjectType(root)) visit(root);
  return found;
}
